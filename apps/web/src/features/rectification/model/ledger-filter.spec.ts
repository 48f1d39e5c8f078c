import { EMPTY_LEDGER_FILTER, toFilterInput } from './ledger-filter';

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
