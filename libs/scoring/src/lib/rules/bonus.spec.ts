import { scoreOne } from '../engine/test-frameworks';
import type { Rule } from '../types';
import { sampleInput } from './registry';

/** 加分项: 每次 2 分, 单项封顶 5 (beside a BASE worth 100). */
const rule = { type: 'bonus', points: 2, cap: 5 } as Rule;
/** 1 point each, cap 1500: a count table cut at 1000 entries. */
const long = { type: 'bonus', points: 1, cap: 1500 } as Rule;

describe('bonus: min(cap, k × c), the path’s bonuses at most its bonusCap', () => {
  it.each<[string, Rule, number, number]>([
    ['none: 0', rule, 0, 0],
    ['two: 2 × 2 = 4', rule, 2, 4],
    ['three: min(5, 6) = 5', rule, 3, 5],
    ['far past the table: 5', rule, 100, 5],
    ['long table, past its end: 1200', long, 1200, 1200],
    ['long table, past the cap: 1500', long, 4000, 1500],
  ])('%s', (_name, r, c, points) => {
    const scored = scoreOne(r, c);
    expect(scored.points).toBe(points);
    expect(scored.result.total).toBe(100 + points);
  });

  it('explains itself, and the path cap when it cuts the bonus', () => {
    expect(scoreOne(rule, 2).reason).toEqual({
      zh: '2 次 × 2 分（单项封顶 5），加 4 分',
      en: '2 times × 2 points (item cap 5): +4 points',
    });
    const capped = scoreOne(rule, 2, { bonusCap: 3 });
    expect(capped.points).toBe(3);
    expect(capped.reason).toEqual({
      zh: '2 次 × 2 分（单项封顶 5），加 4 分；受路径加分封顶限制，计 3 分',
      en: '2 times × 2 points (item cap 5): +4 points; path bonus cap reached: +3 points counted',
    });
  });

  it('samples its input (the shared checks: capped-count.spec.ts)', () => {
    // A bonus when random < 0.45 q, then 1..3 times.
    expect(sampleInput(rule, 1, () => 0.44)).toBe(2);
    expect(sampleInput(rule, 1, () => 0.45)).toBe(0);
    expect(sampleInput(rule, 0, () => 0)).toBe(0);
  });
});
