import { scoreOne } from '../engine/test-frameworks';
import type { Rule } from '../types';
import { sampleInput } from './registry';

/** 扣分项: 每次扣 3 分, 封顶 5 (beside a BASE worth 100). */
const rule = { type: 'deduction', points: 3, cap: 5 } as Rule;

describe('deduction: −min(cap, k × c), taken off the path', () => {
  it.each<[string, number, number]>([
    ['none: 0', 0, 0],
    ['one: −3', 1, -3],
    ['two: −min(5, 6) = −5', 2, -5],
    ['far past the table: −5', 50, -5],
  ])('%s', (_name, c, points) => {
    const scored = scoreOne(rule, c);
    expect(scored.points).toBe(points);
    expect(scored.result.total).toBe(100 + points);
  });

  it('explains itself in zh and en', () => {
    expect(scoreOne(rule, 2).reason).toEqual({
      zh: '发现 2 次，每次扣 3 分（封顶 5），扣 5 分',
      en: 'found 2 times, 3 points off each (capped at 5): −5 points',
    });
    expect(scoreOne(rule, 1).reason.en).toBe('found 1 time, 3 points off each (capped at 5): −3 points');
  });

  it('samples its input (the shared checks: capped-count.spec.ts)', () => {
    // Found when random < 0.3 (1 − q), then 1 or 2 times.
    expect(sampleInput(rule, 0, () => 0.29)).toBe(1);
    expect(sampleInput(rule, 0, () => 0.3)).toBe(0);
    expect(sampleInput(rule, 0.5, () => 0.149)).toBe(1);
    expect(sampleInput(rule, 1, () => 0)).toBe(0);
  });
});
