import { useQuery } from '@apollo/client';
import { useMemo } from 'react';
import { currentQuarter } from '../../../shared/org/current-quarter';
import { PERIOD_LIST } from '../../../shared/org/org-period.operations';
import {
  OVERVIEW_BRANCH_PAGE,
  OVERVIEW_SCOREBOARD,
  OVERVIEW_TREND,
  OVERVIEW_UNIT_TREE,
} from '../graphql/overview.operations';
import type { TableFilters } from '../model/branch-rows';
import type { SortState } from '../model/url-state';
import type { OrgNode } from '../../../shared/org/org-tree';
import { trendRange } from '../model/overview-model';

/** Rows per page of the branch table (the heatmap and the branch ranking show the same page). */
export const PAGE_SIZE = 50;

/**
 * What the overview needs, in dependency order: the quarters (to fill in the default), then the
 * scoreboard, the table's page and the trend of the chosen unit and quarter; the org tree (the unit
 * picker) alongside. The unit defaults to `defaultUnitId` (the user's scope, from the session, so
 * the figures do not wait for the tree), else the tree's root, and the quarter to the current one
 * (currentQuarter: the open quarter due first).
 */
export function useOverviewData(
  requested: { unit?: string; period?: string } & TableFilters & { sort?: SortState },
  page = 1,
  reviewedOnly = false,
  defaultUnitId?: string,
) {
  // Big answers are not written to Apollo's normalised cache: for a 5,000-branch district that write
  // alone blocked the page for over 3 s (measured); a revisit re-asks the server (about 1 s) instead.
  const tree = useQuery(OVERVIEW_UNIT_TREE, { fetchPolicy: 'no-cache' });
  const periods = useQuery(PERIOD_LIST, { fetchPolicy: 'cache-and-network' });

  const root = (tree.data?.orgTree ?? null) as OrgNode | null;
  const periodList = useMemo(() => periods.data?.periods ?? [], [periods.data]);
  const unitId = requested.unit ?? defaultUnitId ?? root?.id;
  const period = requested.period ?? currentQuarter(periodList) ?? undefined;

  const scoreboard = useQuery(OVERVIEW_SCOREBOARD, {
    variables: { unitId: unitId ?? '', period: period ?? '' },
    skip: !unitId || !period,
    fetchPolicy: 'no-cache',
  });

  // The table's page: filters, sort and ranks are applied by the server (branchPage).
  const list = <T>(values: readonly T[]) => (values.length ? [...values] : null);
  const branchPage = useQuery(OVERVIEW_BRANCH_PAGE, {
    variables: {
      unitId: unitId ?? '',
      period: period ?? '',
      offset: (page - 1) * PAGE_SIZE,
      limit: PAGE_SIZE,
      sortBy: requested.sort?.key ?? 'rank',
      descending: requested.sort?.dir === 'desc',
      search: requested.q?.trim() || null,
      sectors: list(requested.sector),
      grades: list(requested.grade),
      statuses: list(requested.status),
      reviewedOnly,
    },
    skip: !unitId || !period,
    fetchPolicy: 'no-cache',
  });

  const range = useMemo(
    () =>
      period
        ? trendRange(
            periodList.map((p) => p.code),
            period,
          )
        : null,
    [periodList, period],
  );
  const trend = useQuery(OVERVIEW_TREND, {
    variables: { unitId: unitId ?? '', fromPeriod: range?.fromPeriod ?? '', toPeriod: range?.toPeriod ?? '' },
    skip: !unitId || !range,
  });

  return {
    root,
    periods: periodList,
    unitId,
    period,
    /** The tree and the quarter list are needed before anything else can be shown. */
    contextLoading: (tree.loading && !tree.data) || (periods.loading && !periods.data),
    contextError: tree.error ?? periods.error,
    // While another unit or quarter loads, the previous figures stay on screen (dimmed by the page)
    // instead of the whole dashboard collapsing into skeletons on every click.
    scoreboard: (scoreboard.data ?? scoreboard.previousData)?.scoreboard ?? null,
    scoreboardLoading: scoreboard.loading || branchPage.loading,
    scoreboardError: scoreboard.error ?? branchPage.error,
    branchPage: (branchPage.data ?? branchPage.previousData)?.branchPage ?? null,
    trend: (trend.data ?? trend.previousData)?.trend ?? [],
    trendLoading: trend.loading,
    trendError: trend.error,
    refetch: () => {
      void tree.refetch();
      void periods.refetch();
      if (unitId && period) {
        void scoreboard.refetch();
        void branchPage.refetch();
      }
    },
  };
}
