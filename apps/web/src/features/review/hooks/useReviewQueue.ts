import { useQuery } from '@apollo/client';
import { useCallback } from 'react';
import type { ReviewQueueQuery } from '../../../generated/graphql';
import { useUrlState } from '../../../shared/links/useUrlState';
import { REVIEW_QUEUE } from '../graphql/review.operations';
import {
  parseQueueState,
  QUEUE_PAGE_SIZE,
  serializeQueueState,
  type QueueUrlState,
} from '../model/queue-url-state';

export type QueueRow = ReviewQueueQuery['reviewQueue']['rows'][number];

/**
 * The queue's view in the query string (and in state: shared/links/useUrlState.ts); every change but
 * the page's goes back to page 1, and so does choosing another quarter (one update, so neither write
 * undoes the other).
 */
export function useQueueUrlState(): [
  QueueUrlState,
  (change: Partial<QueueUrlState>) => void,
  (period: string) => void,
] {
  const [state, setState] = useUrlState(parseQueueState, serializeQueueState);
  const update = useCallback(
    (change: Partial<QueueUrlState>) => setState((current) => ({ ...current, page: 1, ...change })),
    [setState],
  );
  const choosePeriod = useCallback(
    (period: string) => setState((current) => ({ ...current, page: 1 }), { also: { period } }),
    [setState],
  );
  return [state, update, choosePeriod];
}

/** One page of a quarter's review queue, ordered and filtered on the server; fresh on every visit. */
export function useReviewQueue(period: string | null, state: QueueUrlState) {
  const { data, previousData, loading, error, refetch } = useQuery(REVIEW_QUEUE, {
    variables: {
      period: period ?? '',
      status: state.status,
      sortBy: state.sortBy,
      descending: state.descending,
      offset: (state.page - 1) * QUEUE_PAGE_SIZE,
      limit: QUEUE_PAGE_SIZE,
      search: state.search.trim() || null,
    },
    skip: !period,
    fetchPolicy: 'cache-and-network',
  });
  // While the next page loads, the table keeps the page it has under its spinner.
  const shown = data ?? previousData;
  return {
    rows: shown?.reviewQueue.rows ?? [],
    totalCount: shown?.reviewQueue.totalCount ?? 0,
    loading: loading && !shown,
    refreshing: loading && Boolean(shown),
    error,
    refetch,
  };
}
