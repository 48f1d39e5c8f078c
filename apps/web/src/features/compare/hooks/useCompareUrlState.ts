import { useCallback } from 'react';
import {
  type CompareUrlState,
  parseCompareState,
  serializeCompareState,
} from '../../../shared/links/compare-url';
import { useUrlState } from '../../../shared/links/useUrlState';

/**
 * The compare screen's branches and quarter in the link (history replaced), and in state
 * (shared/links/useUrlState.ts).
 */
export function useCompareUrlState(): [CompareUrlState, (next: CompareUrlState) => void] {
  const [state, setState] = useUrlState(parseCompare, serializeCompare);
  const update = useCallback((next: CompareUrlState) => setState(next), [setState]);
  return [state, update];
}

const parseCompare = (params: URLSearchParams) => parseCompareState(params);
/** The compare screen owns its whole query string. */
const serializeCompare = (state: CompareUrlState) => serializeCompareState(state);
