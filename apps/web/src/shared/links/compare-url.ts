// Links into the compare screen, built by other screens (overview) and read by compare itself.
import { COMPARE_MAX } from '@pathboard/charts';

/** The compare screen's state in the link: /compare?branches=a,b,c&period=2026Q3 (or period=Y2026: the year). */
export interface CompareUrlState {
  branches: string[];
  period?: string;
}

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const PERIOD_PATTERN = /^(\d{4}Q[1-4]|Y\d{4})$/;

/**
 * Reads the link leniently: malformed ids are dropped, duplicates removed, and at most six kept
 * (the radar's limit) so a hand-made link with ten branches still opens with the first six.
 */
export function parseCompareState(search: string | URLSearchParams): CompareUrlState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const ids = params
    .getAll('branches')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => ID_PATTERN.test(v));
  const period = params.get('period')?.trim().toUpperCase();
  return {
    branches: [...new Set(ids)].slice(0, COMPARE_MAX),
    ...(period && PERIOD_PATTERN.test(period) ? { period } : {}),
  };
}

export function serializeCompareState(state: CompareUrlState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.branches.length) params.set('branches', state.branches.join(','));
  if (state.period) params.set('period', state.period);
  return params;
}

/** The link to compare branches in a quarter (from the overview's table selection). */
export function compareHref(branchIds: readonly string[], period?: string): string {
  const query = serializeCompareState({ branches: [...branchIds], period }).toString();
  return query ? `/compare?${query}` : '/compare';
}
