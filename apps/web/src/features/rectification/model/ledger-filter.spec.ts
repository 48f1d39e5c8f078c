import {
  EMPTY_LEDGER_FILTER,
  ledgerExportUrl,
  ledgerFilterFromSearch,
  ledgerHref,
  ledgerSearch,
  toFilterInput,
} from './ledger-filter';

describe('toFilterInput', () => {
  it('leaves out what the user did not restrict', () => {
    expect(toFilterInput(EMPTY_LEDGER_FILTER)).toEqual({
      status: undefined,
      overdue: undefined,
      indicatorCode: undefined,
      pathCode: undefined,
      unitId: undefined,
    });
  });
  it('passes status, overdue and trimmed codes', () => {
    expect(
      toFilterInput({
        status: 'OPEN',
        overdue: true,
        indicatorCode: ' ORG_MEETINGS ',
        pathCode: 'organization',
        unitId: 'u1',
      }),
    ).toEqual({
      status: 'OPEN',
      overdue: true,
      indicatorCode: 'ORG_MEETINGS',
      pathCode: 'ORGANIZATION',
      unitId: 'u1',
    });
  });
});

describe('ledgerExportUrl', () => {
  it('carries the status and overdue filters', () => {
    expect(ledgerExportUrl(EMPTY_LEDGER_FILTER)).toBe('/api/rectifications/ledger.xlsx');
    expect(ledgerExportUrl({ ...EMPTY_LEDGER_FILTER, status: 'OPEN', overdue: true })).toBe(
      '/api/rectifications/ledger.xlsx?status=OPEN&overdue=true',
    );
  });
  it('carries the path and indicator filters, as the screen sends them', () => {
    expect(
      ledgerExportUrl({
        ...EMPTY_LEDGER_FILTER,
        pathCode: 'supervision',
        indicatorCode: ' SUP_SATISFACTION ',
      }),
    ).toBe('/api/rectifications/ledger.xlsx?path=SUPERVISION&indicator=SUP_SATISFACTION');
  });
});

describe('the ledger URL', () => {
  it('links the overview counts to the ledger filtered the same way', () => {
    expect(ledgerHref({ status: 'OPEN', unitId: 'u1' })).toBe('/rectification?status=OPEN&unit=u1');
    expect(ledgerHref({ overdue: true, unitId: 'u1' })).toBe('/rectification?overdue=true&unit=u1');
    expect(ledgerHref({ status: 'ANSWERED' })).toBe('/rectification?status=ANSWERED');
    expect(ledgerHref({})).toBe('/rectification');
  });

  it('reads back what it writes, and ignores what it does not know', () => {
    const state = {
      status: 'CLOSED' as const,
      overdue: true,
      indicatorCode: 'X',
      pathCode: 'P',
      unitId: 'u',
    };
    expect(ledgerFilterFromSearch(new URLSearchParams(ledgerSearch(state)))).toEqual(state);
    expect(ledgerFilterFromSearch(new URLSearchParams('status=DONE&overdue=1&unit='))).toEqual(
      EMPTY_LEDGER_FILTER,
    );
  });

  it('the export carries the unit too', () => {
    expect(ledgerExportUrl({ ...EMPTY_LEDGER_FILTER, overdue: true, unitId: 'u1' })).toBe(
      '/api/rectifications/ledger.xlsx?overdue=true&unitId=u1',
    );
  });
});
