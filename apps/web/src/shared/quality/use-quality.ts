import { useQuery } from '@apollo/client';
import type { ValueMap } from '@pathboard/scoring';
import { useMemo } from 'react';
import type { ReviewRisksQuery, ValueChecksQuery } from '../../generated/graphql';
import { REVIEW_RISKS, VALUE_CHECKS } from './quality.operations';

export type RiskRow = ReviewRisksQuery['reviewRisks'][number];
export type ValueChecks = ValueChecksQuery['valueChecks'];

/** The period's assessments in scope with their open flags and inflation (REVIEWER, ADMIN, VIEWER). */
export function useReviewRisks(period: string | null) {
  const { data, loading, error, refetch } = useQuery(REVIEW_RISKS, {
    variables: { period: period ?? '' },
    skip: !period,
    fetchPolicy: 'cache-and-network',
  });
  return { rows: data?.reviewRisks ?? [], loading: loading && !data, error, refetch };
}

/** One branch's checks of a period; a failure only hides the warnings (the form still works). */
export function useValueChecks(branchId: string | null | undefined, period: string | null | undefined) {
  const { data, loading, error } = useQuery(VALUE_CHECKS, {
    variables: { branchId: branchId ?? '', period: period ?? '' },
    skip: !branchId || !period,
    fetchPolicy: 'cache-and-network',
  });
  return { checks: data?.valueChecks ?? null, loading, error };
}

/** What the form's checkValues needs from the server: the previous quarter and the peers (unlinked). */
export function useCheckContext(checks: ValueChecks | null): { previous?: ValueMap; peers?: ValueMap[] } {
  return useMemo(
    () =>
      checks
        ? {
            previous: (checks.previous ?? undefined) as ValueMap | undefined,
            peers: checks.peers as ValueMap[],
          }
        : {},
    [checks],
  );
}
