import { useQuery } from '@apollo/client';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { PeriodsQuery } from '../../../generated/graphql';
import { PERIODS } from '../graphql/assessment.operations';
import { currentQuarter } from '../../org/current-quarter';

export type PeriodInfo = PeriodsQuery['periods'][number];

/** The district's quarters, newest first (as the API orders them). */
export function usePeriods() {
  const { data, loading, error, refetch } = useQuery(PERIODS);
  return { periods: data?.periods ?? [], loading: loading && !data, error, refetch };
}

/** The quarter a branch works on by default: the one every screen opens on (currentQuarter). */
export function defaultEditablePeriod(periods: readonly PeriodInfo[]): string | null {
  return currentQuarter(periods);
}

/**
 * The quarter in the address (?period=2026Q4), so a link or a reload opens the same quarter;
 * `fallback` when absent or unknown. Choosing another quarter replaces the history entry.
 */
export function usePeriodParam(
  periods: readonly PeriodInfo[],
  fallback: string | null,
): [string | null, (period: string) => void] {
  const [params, setParams] = useSearchParams();
  const asked = params.get('period');
  const period = asked && periods.some((p) => p.code === asked) ? asked : fallback;
  const choose = useCallback(
    (next: string) =>
      setParams(
        (current) => {
          const copy = new URLSearchParams(current);
          copy.set('period', next);
          return copy;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [period, choose];
}
