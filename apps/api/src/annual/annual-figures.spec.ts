import { defaultFramework } from '@pathboard/frameworks';
import type { Framework } from '@pathboard/scoring';
import type { AnnualInputRow } from '../analytics/sql/annual.sql';
import {
  computeYear,
  gradeCounts,
  meanPathPercents,
  meanTotal,
  underUnit,
  usableValues,
} from './annual-figures';

const row = (branch: string, quarter: number, total: number | null, status = 'APPROVED'): AnnualInputRow => ({
  branch_id: branch,
  code: branch,
  name: `${branch}支部`,
  sector: null,
  quarter,
  status,
  path: `/d/s${branch[0]}/${branch}/`,
  parent_id: `s${branch[0]}`,
  total,
  vetoes: [],
  path_percents: total === null ? null : [total, total - 10, total, total],
});

describe('annual figures', () => {
  it('path percents: the mean of the counted quarters, half up to the cent', () => {
    expect(meanPathPercents([[88.25], [90.5], [91]], 1)).toEqual([89.92]); // 269.75 / 3 = 89.9166…
    expect(meanPathPercents([[70.01], [70.02]], 1)).toEqual([70.02]); // 70.015 → half up
    expect(meanPathPercents([], 2)).toEqual([0, 0]);
  });

  it('scores each branch from its approved quarters', () => {
    const current = computeYear(defaultFramework, [
      row('a1', 1, 90),
      row('a1', 2, 85.5),
      row('a1', 3, 88.25),
      row('a1', 4, 91),
      row('a2', 1, 80),
      row('a2', 2, 95, 'SUBMITTED'),
      row('b1', 1, 90),
    ]);
    const byId = Object.fromEntries(current.map((y) => [y.branchId, y]));
    expect(byId.a1.result.total).toBe(88.69); // 354.75 / 4 = 88.6875
    expect(byId.a1.pathPercents).toEqual([88.69, 78.69, 88.69, 88.69]);
    expect(byId.a2.result.total).toBe(80); // Q2 only submitted: left out
    expect(byId.a2.result.countedQuarters).toBe(1);
    // Ranked in PostgreSQL: annual-rank.int-spec.ts.
    expect(underUnit(current, '/d/sa/').map((y) => y.branchId)).toEqual(['a1', 'a2']);
    expect(meanTotal(current)).toBe(86.23); // (88.69 + 80 + 90) / 3 = 86.2299…
    expect(gradeCounts(current, ['EXCELLENT', 'GOOD', 'PASS', 'FAIL'])).toEqual([1, 2, 0, 0]);
  });

  it('counts the official annual values for the branch sector, leaving out a value the framework no longer takes', () => {
    const framework: Framework = {
      ...defaultFramework,
      annual: {
        combine: { method: 'mean' },
        indicators: [
          {
            code: 'ANNUAL_COMMENDATION',
            name: { zh: '年度表彰', en: 'commendations' },
            rule: { type: 'bonus', points: 2, cap: 6 },
          },
          {
            code: 'RURAL_ONLY',
            name: { zh: '农村专项', en: 'rural item' },
            rule: { type: 'deduction', points: 5, cap: 10 },
            sectors: ['RURAL'],
          },
        ],
      },
    };
    const stored = { ANNUAL_COMMENDATION: 2, RURAL_ONLY: 1, GONE: 3 };
    expect(usableValues(framework, stored, { sector: 'COMMUNITY' })).toEqual({ ANNUAL_COMMENDATION: 2 });
    expect(usableValues(framework, stored, { sector: 'RURAL' })).toEqual({
      ANNUAL_COMMENDATION: 2,
      RURAL_ONLY: 1,
    });
    const rows = [
      { ...row('a1', 1, 90), sector: 'COMMUNITY' },
      { ...row('a2', 1, 90), sector: 'RURAL' },
    ];
    const years = computeYear(
      framework,
      rows,
      new Map([
        ['a1', stored],
        ['a2', stored],
      ]),
    );
    // a1: 90 + 2 × 2 = 94 (its sector has no RURAL_ONLY); a2: 90 + 4 − 5 = 89.
    expect(years.map((y) => [y.branchId, y.result.total])).toEqual([
      ['a1', 94],
      ['a2', 89],
    ]);
  });
});
