import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { type OverviewUrlState, parseOverviewState, serializeOverviewState } from '../model/url-state';

export type OverviewStateUpdate = OverviewUrlState | ((current: OverviewUrlState) => OverviewUrlState);

/**
 * The overview's state read from and written to the query string. Filter and sort changes replace
 * the history entry; moving to another unit (`push`) adds one, so the browser's Back goes up a level.
 */
export function useOverviewUrlState(): [
  OverviewUrlState,
  (update: OverviewStateUpdate, options?: { push?: boolean }) => void,
] {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseOverviewState(params), [params]);
  const update = useCallback(
    (next: OverviewStateUpdate, options?: { push?: boolean }) =>
      setParams(
        (previous) =>
          serializeOverviewState(typeof next === 'function' ? next(parseOverviewState(previous)) : next),
        {
          replace: !options?.push,
        },
      ),
    [setParams],
  );
  return [state, update];
}
