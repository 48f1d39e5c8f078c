import { useUrlState, type UrlStateUpdate } from '../../../shared/links/useUrlState';
import { type OverviewUrlState, parseOverviewState, serializeOverviewState } from '../model/url-state';

export type OverviewStateUpdate = UrlStateUpdate<OverviewUrlState>;

/**
 * The overview's state in the query string (and in state: shared/links/useUrlState.ts). Filter and
 * sort changes replace the history entry; moving to another unit (`push`) adds one, so the browser's
 * Back goes up a level.
 */
export function useOverviewUrlState(): [
  OverviewUrlState,
  (update: OverviewStateUpdate, options?: { push?: boolean }) => void,
] {
  return useUrlState(parseOverviewState, serializeOverviewState); // it owns its whole query string
}
