import type { RectificationStatus } from '../../../generated/graphql';

export interface LedgerFilterState {
  status: RectificationStatus | null;
  overdue: boolean;
  indicatorCode: string;
  pathCode: string;
}

export const EMPTY_LEDGER_FILTER: LedgerFilterState = {
  status: null,
  overdue: false,
  indicatorCode: '',
  pathCode: '',
};

/** The screen's filter state as the API's RectificationFilterInput (blank text and "all" left out). */
export function toFilterInput(state: LedgerFilterState) {
  return {
    status: state.status ?? undefined,
    overdue: state.overdue ? true : undefined,
    indicatorCode: state.indicatorCode.trim() || undefined,
    pathCode: state.pathCode.trim().toUpperCase() || undefined,
  };
}

/** The Excel export of the ledger with the same status and overdue filters as the screen. */
export function ledgerExportUrl(state: LedgerFilterState): string {
  const params = new URLSearchParams();
  if (state.status) params.set('status', state.status);
  if (state.overdue) params.set('overdue', 'true');
  const query = params.toString();
  return `/api/rectifications/ledger.xlsx${query ? `?${query}` : ''}`;
}
