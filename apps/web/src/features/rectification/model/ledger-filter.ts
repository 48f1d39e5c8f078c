import type { RectificationStatus } from '../../../generated/graphql';

export interface LedgerFilterState {
  status: RectificationStatus | null;
  overdue: boolean;
  indicatorCode: string;
  pathCode: string;
  /** Only the branches under this unit (the overview's unit when its counts link here). */
  unitId: string | null;
}

export const EMPTY_LEDGER_FILTER: LedgerFilterState = {
  status: null,
  overdue: false,
  indicatorCode: '',
  pathCode: '',
  unitId: null,
};

const STATUSES: readonly RectificationStatus[] = ['OPEN', 'ANSWERED', 'CLOSED'];

/** The screen's filter state as the API's RectificationFilterInput (blank text and "all" left out). */
export function toFilterInput(state: LedgerFilterState) {
  return {
    status: state.status ?? undefined,
    overdue: state.overdue ? true : undefined,
    indicatorCode: state.indicatorCode.trim() || undefined,
    pathCode: state.pathCode.trim().toUpperCase() || undefined,
    unitId: state.unitId ?? undefined,
  };
}

/**
 * The filter as the ledger's URL query (`/rectification?status=OPEN&overdue=true&unit=…`), so a
 * link (the overview's counts) opens the ledger filtered and a reload keeps the filter.
 */
export function ledgerSearch(state: LedgerFilterState): string {
  const params = new URLSearchParams();
  if (state.status) params.set('status', state.status);
  if (state.overdue) params.set('overdue', 'true');
  if (state.pathCode) params.set('path', state.pathCode);
  if (state.indicatorCode) params.set('indicator', state.indicatorCode);
  if (state.unitId) params.set('unit', state.unitId);
  return params.toString();
}

/** The ledger's URL query read back; unknown statuses and values are ignored. */
export function ledgerFilterFromSearch(params: URLSearchParams): LedgerFilterState {
  const status = params.get('status') as RectificationStatus | null;
  return {
    status: status && STATUSES.includes(status) ? status : null,
    overdue: params.get('overdue') === 'true',
    pathCode: params.get('path') ?? '',
    indicatorCode: params.get('indicator') ?? '',
    unitId: params.get('unit') || null,
  };
}

/** A link into the ledger with some filters set (the rest empty). */
export function ledgerHref(filter: Partial<LedgerFilterState>): string {
  const query = ledgerSearch({ ...EMPTY_LEDGER_FILTER, ...filter });
  return `/rectification${query ? `?${query}` : ''}`;
}

/** The Excel export of the ledger with the screen's filters: the file lists what the screen lists. */
export function ledgerExportUrl(state: LedgerFilterState): string {
  const params = new URLSearchParams();
  const { pathCode, indicatorCode } = toFilterInput(state);
  if (state.status) params.set('status', state.status);
  if (state.overdue) params.set('overdue', 'true');
  if (state.unitId) params.set('unitId', state.unitId);
  if (pathCode) params.set('path', pathCode);
  if (indicatorCode) params.set('indicator', indicatorCode);
  const query = params.toString();
  return `/api/rectifications/ledger.xlsx${query ? `?${query}` : ''}`;
}
