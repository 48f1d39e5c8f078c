import { currentQuarter } from './current-quarter';

const q = (code: string, status: string) => ({ code, status });

describe('currentQuarter', () => {
  it.each([
    ['one quarter open: it', [q('2026Q4', 'OPEN'), q('2026Q3', 'CLOSED')], '2026Q4'],
    [
      'the next opened early: the one due first',
      [q('2027Q1', 'OPEN'), q('2026Q4', 'OPEN'), q('2026Q3', 'CLOSED')],
      '2026Q4',
    ],
    ['none open: the newest', [q('2026Q4', 'CLOSED'), q('2026Q3', 'CLOSED')], '2026Q4'],
    ['no quarter at all', [], null],
  ])('%s', (_case, periods, expected) => {
    expect(currentQuarter(periods)).toBe(expected);
  });
});
