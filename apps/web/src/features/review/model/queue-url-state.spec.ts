import { TEXT_LIMITS } from '@pathboard/text-limits';
import { parseQueueState, serializeQueueState } from './queue-url-state';

describe('review queue URL state', () => {
  it('opens on what waits for the reviewer, first submitted first', () => {
    expect(parseQueueState(new URLSearchParams(''))).toEqual({
      status: 'SUBMITTED',
      sortBy: 'SUBMITTED_AT',
      descending: false,
      page: 1,
      search: '',
    });
  });

  it('reads every key back as it was written, and keeps the period', () => {
    const state = { status: null, sortBy: 'RISK', descending: true, page: 3, search: '物流' } as const;
    const params = serializeQueueState(state, new URLSearchParams('period=2026Q4'));
    expect(params.toString()).toBe('period=2026Q4&status=ALL&sort=RISK&desc=1&page=3&q=%E7%89%A9%E6%B5%81');
    expect(parseQueueState(params)).toEqual(state);
  });

  it('falls back to the defaults for what it does not know', () => {
    const state = parseQueueState(new URLSearchParams('status=LOST&sort=NAME&page=-2&desc=yes'));
    expect(state).toMatchObject({ status: 'SUBMITTED', sortBy: 'SUBMITTED_AT', page: 1, descending: false });
    expect(serializeQueueState(state, new URLSearchParams('status=LOST&sort=NAME')).toString()).toBe('');
    expect(parseQueueState(new URLSearchParams('page=99999999999')).page).toBe(100_000);
  });

  it('cuts a hand-edited search to what the API takes, as the search box does', () => {
    const long = '物'.repeat(TEXT_LIMITS.search + 5);
    expect(parseQueueState(new URLSearchParams({ q: long })).search).toBe('物'.repeat(TEXT_LIMITS.search));
  });
});
