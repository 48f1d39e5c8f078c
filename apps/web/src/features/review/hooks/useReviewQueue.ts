import { useQuery } from '@apollo/client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { ReviewQueueQuery } from '../../../generated/graphql';
import { REVIEW_QUEUE } from '../graphql/review.operations';
import {
  parseQueueState,
  QUEUE_PAGE_SIZE,
  serializeQueueState,
  type QueueUrlState,
} from '../model/queue-url-state';

export type QueueRow = ReviewQueueQuery['reviewQueue']['rows'][number];

/**
 * The queue's view in the query string; every change but the page's goes back to page 1, and so
 * does choosing another quarter (one update, so neither write undoes the other). The view is also
 * held in state, set with the change: the router applies a navigation as a transition, and renders
 * of the page before it lands asked the server for the old view and the new one in turn, several
 * times. The state follows the address when something else changes it (Back, a link).
 */
export function useQueueUrlState(): [
  QueueUrlState,
  (change: Partial<QueueUrlState>) => void,
  (period: string) => void,
] {
  const [params, setParams] = useSearchParams();
  const address = params.toString();
  const [state, setState] = useState(() => parseQueueState(params));
  const followed = useRef(address);
  useEffect(() => {
    if (followed.current === address) return;
    followed.current = address;
    setState(parseQueueState(new URLSearchParams(address)));
  }, [address]);
  const update = useCallback(
    (change: Partial<QueueUrlState>, period?: string) => {
      setState((current) => ({ ...current, page: 1, ...change }));
      setParams(
        (current) => {
          const next = serializeQueueState({ ...parseQueueState(current), page: 1, ...change }, current);
          if (period) next.set('period', period);
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  const choosePeriod = useCallback((period: string) => update({}, period), [update]);
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
