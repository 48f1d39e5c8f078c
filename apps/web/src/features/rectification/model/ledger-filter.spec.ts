import { EMPTY_LEDGER_FILTER, ledgerExportUrl, toFilterInput } from './ledger-filter';

describe('toFilterInput', () => {
  it('leaves out what the user did not restrict', () => {
    expect(toFilterInput(EMPTY_LEDGER_FILTER)).toEqual({
      status: undefined,
      overdue: undefined,
      indicatorCode: undefined,
      pathCode: undefined,
    });
  });
  it('passes status, overdue and trimmed codes', () => {
    expect(
      toFilterInput({
        status: 'OPEN',
        overdue: true,
        indicatorCode: ' ORG_MEETINGS ',
        pathCode: 'organization',
      }),
    ).toEqual({
      status: 'OPEN',
      overdue: true,
      indicatorCode: 'ORG_MEETINGS',
      pathCode: 'ORGANIZATION',
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
});
