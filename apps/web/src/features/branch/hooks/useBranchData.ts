import { useQuery } from '@apollo/client';
import type { BranchQuarterQuery } from '../../../generated/graphql';
import { BRANCH_QUARTER, BRANCH_TREND, FRAMEWORK_GRADES } from '../graphql/branch.operations';
import { shiftQuarter } from '../logic/branch-insights';

export type BranchQuarter = BranchQuarterQuery;
export type ScoreDetail = NonNullable<BranchQuarterQuery['assessment']['officialScore']>;

/** How many quarters the trend shows, ending with the newest. */
export const TREND_QUARTERS = 8;

/** The branch's totals and path percents over the last quarters, newest period included. */
export function useBranchTrend(branchId: string | null | undefined, newestPeriod: string | null) {
  const { data, loading, error, refetch } = useQuery(BRANCH_TREND, {
    variables: {
      branchId: branchId ?? '',
      from: shiftQuarter(newestPeriod ?? '', 1 - TREND_QUARTERS),
      to: newestPeriod ?? '',
    },
    skip: !branchId || !newestPeriod,
    fetchPolicy: 'cache-and-network',
  });
  return { points: data?.trend ?? [], loaded: Boolean(data), loading: loading && !data, error, refetch };
}

/** One quarter: both scores and the standing among peers. Errors come with whatever part did load. */
export function useBranchQuarter(branchId: string | null | undefined, period: string | null) {
  const { data, loading, error, refetch } = useQuery(BRANCH_QUARTER, {
    variables: { branchId: branchId ?? '', period: period ?? '' },
    skip: !branchId || !period,
    fetchPolicy: 'cache-and-network',
  });
  return { data: data ?? null, loading: loading && !data, error, refetch };
}

export function useFrameworkGrades(frameworkId: string | null | undefined) {
  const { data } = useQuery(FRAMEWORK_GRADES, { variables: { id: frameworkId ?? '' }, skip: !frameworkId });
  return data?.framework.grades ?? undefined;
}
