/** What-if with hand-computed totals, ranks and shifts (issue 17, item 4). */
import { ind, STANDARD_GRADES } from '../engine/test-frameworks';
import type { Framework } from '../types';
import { whatIf } from './what-if';

const t = (zh: string, en: string) => ({ zh, en });
const framework = (a: number, b: number): Framework => ({
  code: 'WHATIF',
  version: 1,
  name: t('试算', 'What-if'),
  grades: STANDARD_GRADES,
  paths: [
    {
      code: 'A',
      name: t('甲', 'A'),
      weight: a,
      indicators: [ind('X', { type: 'count', maxPoints: 100, target: 10 })],
    },
    {
      code: 'B',
      name: t('乙', 'B'),
      weight: b,
      indicators: [ind('Y', { type: 'count', maxPoints: 100, target: 10 })],
    },
  ],
});
const branch = (id: string, x: number, y: number, reviewedX?: number) => ({
  id,
  pairs: { X: { self: x, ...(reviewedX === undefined ? {} : { reviewed: reviewedX }) }, Y: { self: y } },
});

describe('whatIf', () => {
  // A 50/50 → 80/20. Percents: b1 100/50, b2 50/100, b3 90/90, b4 80/100.
  // Published: b1 75, b2 75, b3 90, b4 90 → ranks 3, 3, 1, 1.
  // Draft: b1 80 + 10 = 90, b2 40 + 20 = 60, b3 90, b4 64 + 20 = 84 → ranks 1, 4, 1, 3.
  const result = whatIf(framework(50, 50), framework(80, 20), [
    branch('b1', 10, 5),
    branch('b2', 5, 10),
    branch('b3', 9, 9),
    branch('b4', 3, 10, 8), // the reviewer's 8 counts, not the branch's 3
  ]);
  const row = (id: string) => result.rows.find((r) => r.id === id)!;

  it('scores, ranks and grades both sides', () => {
    expect(row('b1')).toEqual({
      id: 'b1',
      current: { total: 75, grade: 'PASS', rank: 3 },
      draft: { total: 90, grade: 'EXCELLENT', rank: 1 },
      change: 15,
      rankShift: 2,
      gradeChanged: true,
    });
    expect(row('b2')).toMatchObject({ draft: { total: 60, rank: 4 }, rankShift: -1, gradeChanged: false });
    expect(row('b3')).toMatchObject({ current: { rank: 1 }, draft: { rank: 1 }, rankShift: 0 });
    expect(row('b4')).toMatchObject({
      current: { total: 90, grade: 'EXCELLENT' },
      draft: { total: 84, grade: 'GOOD', rank: 3 },
      change: -6,
      rankShift: -2,
    });
    expect(result.rows.map((r) => r.id)).toEqual(['b1', 'b3', 'b4', 'b2']);
    expect(result.gradeChanges).toBe(2);
  });

  it('lists the movers, largest shift first, and the path means', () => {
    expect(result.movers.map((r) => r.id)).toEqual(['b1', 'b4', 'b2']);
    // A: (100 + 50 + 90 + 80) / 4 = 80; B: (50 + 100 + 90 + 100) / 4 = 85; weights move no percent.
    expect(result.pathMeans).toEqual([
      { code: 'A', name: t('甲', 'A'), current: 80, draft: 80 },
      { code: 'B', name: t('乙', 'B'), current: 85, draft: 85 },
    ]);
  });

  it('an unchanged framework moves nobody', () => {
    const same = whatIf(framework(50, 50), framework(50, 50), [branch('b1', 10, 5), branch('b2', 5, 10)]);
    expect(same.movers).toEqual([]);
    expect(same.gradeChanges).toBe(0);
  });
});
