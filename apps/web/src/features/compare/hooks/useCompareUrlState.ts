import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  type CompareUrlState,
  parseCompareState,
  serializeCompareState,
} from '../../../shared/links/compare-url';

/** The compare screen's branches and quarter, read from and written to the link (history replaced). */
export function useCompareUrlState(): [CompareUrlState, (next: CompareUrlState) => void] {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseCompareState(params), [params]);
  const update = useCallback(
    (next: CompareUrlState) => setParams(serializeCompareState(next), { replace: true }),
    [setParams],
  );
  return [state, update];
}
