import { TEXT_LIMITS } from '@pathboard/text-limits';
import type { AssessmentStatus, ReviewQueueSort } from '../../../generated/graphql';

/** The review queue's view as the query string holds it, so Back from a review returns to it. */
export interface QueueUrlState {
  /** null: every status. */
  status: AssessmentStatus | null;
  sortBy: ReviewQueueSort;
  descending: boolean;
  /** 1-based. */
  page: number;
  search: string;
}

export const QUEUE_STATUSES: AssessmentStatus[] = ['SUBMITTED', 'RETURNED', 'APPROVED', 'DRAFT'];
export const QUEUE_SORTS: ReviewQueueSort[] = ['SUBMITTED_AT', 'BRANCH', 'SELF_TOTAL', 'RISK'];
/** ?status=ALL lists every status; no status: what waits for the reviewer. */
export const ALL_STATUSES = 'ALL';
export const QUEUE_PAGE_SIZE = 20;
/** A hand-edited page beyond this opens the last page anyway (and keeps the offset a GraphQL Int). */
const MAX_PAGE = 100_000;

const DEFAULTS: QueueUrlState = {
  status: 'SUBMITTED',
  sortBy: 'SUBMITTED_AT',
  descending: false,
  page: 1,
  search: '',
};

/** Unknown or missing values fall back to the defaults: a hand-edited address still opens the queue. */
export function parseQueueState(params: URLSearchParams): QueueUrlState {
  const status = params.get('status');
  const sort = params.get('sort');
  const page = Number(params.get('page'));
  return {
    status:
      status === ALL_STATUSES
        ? null
        : QUEUE_STATUSES.includes(status as AssessmentStatus)
          ? (status as AssessmentStatus)
          : DEFAULTS.status,
    sortBy: QUEUE_SORTS.includes(sort as ReviewQueueSort) ? (sort as ReviewQueueSort) : DEFAULTS.sortBy,
    descending: params.get('desc') === '1',
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
    // A hand-edited ?q= longer than the API takes is cut, as the search box cuts what is typed.
    search: (params.get('q') ?? '').slice(0, TEXT_LIMITS.search),
  };
}

/** Writes the queue's keys, keeping the others (the period). Defaults are left out. */
export function serializeQueueState(state: QueueUrlState, current: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(current);
  const set = (key: string, value: string | null) =>
    value === null ? next.delete(key) : next.set(key, value);
  set('status', state.status === DEFAULTS.status ? null : (state.status ?? ALL_STATUSES));
  set('sort', state.sortBy === DEFAULTS.sortBy ? null : state.sortBy);
  set('desc', state.descending ? '1' : null);
  set('page', state.page > 1 ? String(state.page) : null);
  set('q', state.search.trim() ? state.search.trim() : null);
  return next;
}
