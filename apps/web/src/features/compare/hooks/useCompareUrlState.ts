import { useCallback } from 'react';
import {
  type CompareUrlState,
  parseCompareState,
  serializeCompareState,
} from '../../../shared/links/compare-url';
import { useUrlState } from '../../../shared/links/useUrlState';

/**
 * The compare screen's branches and quarter in the link (history replaced), and in state
 * (shared/links/useUrlState.ts). The screen owns its whole query string.
 */
export function useCompareUrlState(): [CompareUrlState, (next: CompareUrlState) => void] {
  const [state, setState] = useUrlState(parseCompareState, serializeCompareState);
  const update = useCallback((next: CompareUrlState) => setState(next), [setState]);
  return [state, update];
}
