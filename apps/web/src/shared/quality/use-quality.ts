import { useQuery } from '@apollo/client';
import type { ValueMap } from '@pathboard/scoring';
import { useMemo } from 'react';
import type { ValueChecksQuery } from '../../generated/graphql';
import { INFLATION_LEADERS, VALUE_CHECKS } from './quality.operations';

export type ValueChecks = ValueChecksQuery['valueChecks'];

/** The `limit` branches in scope with the largest self-assessment inflation, largest first (the server ranks them). */
export function useInflationLeaders(period: string | null, limit: number) {
  const { data, loading, error } = useQuery(INFLATION_LEADERS, {
    variables: { period: period ?? '', limit },
    skip: !period,
    fetchPolicy: 'cache-and-network',
  });
  return { rows: data?.inflationLeaders ?? [], loading: loading && !data, error };
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
