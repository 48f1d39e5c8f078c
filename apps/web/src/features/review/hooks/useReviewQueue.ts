import { useQuery } from '@apollo/client';
import type { AssessmentStatus, ReviewQueueQuery } from '../../../generated/graphql';
import { REVIEW_QUEUE } from '../graphql/review.operations';

export type QueueRow = ReviewQueueQuery['assessments'][number];

/** A quarter's assessments in the reviewer's scope, optionally of one status; fresh on every visit. */
export function useReviewQueue(period: string | null, status: AssessmentStatus | null) {
  const { data, loading, error, refetch } = useQuery(REVIEW_QUEUE, {
    variables: { period: period ?? '', status },
    skip: !period,
    fetchPolicy: 'cache-and-network',
  });
  return {
    rows: data?.assessments ?? [],
    loading: loading && !data,
    refreshing: loading && Boolean(data),
    error,
    refetch,
  };
}
