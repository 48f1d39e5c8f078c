import type { EntityManager } from 'typeorm';
import type { Framework } from '@pathboard/scoring';
import { computeDual, writeScores } from './assessment-scores.writer';

/** Two paths small enough to score by hand. */
const framework: Framework = {
  code: 'T',
  version: 1,
  name: { zh: '测试', en: 'Test' },
  grades: [
    { code: 'EXCELLENT', name: { zh: '优秀', en: 'Excellent' }, min: 90 },
    { code: 'GOOD', name: { zh: '良好', en: 'Good' }, min: 80 },
    { code: 'PASS', name: { zh: '合格', en: 'Pass' }, min: 60 },
    { code: 'FAIL', name: { zh: '不合格', en: 'Fail' }, min: 0 },
  ],
  paths: [
    {
      code: 'A',
      name: { zh: '甲', en: 'A' },
      weight: 60,
      indicators: [
        { code: 'MEETINGS', name: { zh: '会议', en: 'Meetings' }, rule: { type: 'ratio', maxPoints: 60 } },
        { code: 'PLAN', name: { zh: '计划', en: 'Plan' }, rule: { type: 'boolean', maxPoints: 40 } },
      ],
    },
    {
      code: 'B',
      name: { zh: '乙', en: 'B' },
      weight: 40,
      indicators: [
        {
          code: 'DAYS',
          name: { zh: '活动', en: 'Days' },
          rule: { type: 'shortfall', maxPoints: 100, required: 3, deduction: 20 },
        },
      ],
    },
  ],
};

function recordingManager() {
  const calls: { sql: string; params: unknown[] }[] = [];
  const manager = {
    query: async (sql: string, params: unknown[]) => void calls.push({ sql, params }),
  } as unknown as EntityManager;
  return { manager, calls };
}

describe('stored scores', () => {
  const assessment = { id: 'a1', districtId: 'd1', periodId: 'p1', branchId: 'b1' };

  it('stores SELF and OFFICIAL rows with hand-checkable totals, and one row per path and kind', async () => {
    // Self: A = 60 × 3/4 + 40 = 85; B = 100 − 20 × (3 − 2) = 80; total = 0.6 × 85 + 0.4 × 80 = 83 → GOOD.
    // Official: the reviewer counted 1 day: B = 100 − 40 = 60; total = 51 + 24 = 75 → PASS.
    const dual = computeDual({
      assessment,
      framework,
      sector: undefined,
      pairs: {
        MEETINGS: { self: { numerator: 3, denominator: 4 } },
        PLAN: { self: true },
        DAYS: { self: 2, reviewed: 1 },
      },
    });
    const { manager, calls } = recordingManager();
    await writeScores(manager, [{ assessment, dual }]);

    expect(calls[0].sql).toMatch(/^DELETE FROM assessment_path_score/);
    expect(calls[1].sql).toMatch(/^DELETE FROM assessment_score/);
    const scoreInsert = calls.find((c) => c.sql.startsWith('INSERT INTO assessment_score'))!;
    // 11 columns per row: id, kind, district, period, branch, total, grade, veto, completeness, explanation, path percents.
    const rows = [scoreInsert.params.slice(0, 11), scoreInsert.params.slice(11, 22)];
    expect(rows.map((r) => r.slice(0, 9))).toEqual([
      ['a1', 'SELF', 'd1', 'p1', 'b1', 83, 'GOOD', false, 1],
      ['a1', 'OFFICIAL', 'd1', 'p1', 'b1', 75, 'PASS', false, 1],
    ]);
    expect(JSON.parse(rows[0][9] as string)).toMatchObject({ total: 83, grade: { code: 'GOOD' } });
    // Path percents in the framework's path order (A, B), as the scoreboard reads them.
    expect(rows.map((r) => r[10])).toEqual([
      [85, 80],
      [85, 60],
    ]);

    const pathInsert = calls.find((c) => c.sql.startsWith('INSERT INTO assessment_path_score'))!;
    const pathRows = [0, 1, 2, 3].map((i) => pathInsert.params.slice(i * 8, i * 8 + 8));
    expect(pathRows.map((r) => [r[1], r[2], r[6], r[7]])).toEqual([
      ['SELF', 'A', 85, 85],
      ['SELF', 'B', 80, 80],
      ['OFFICIAL', 'A', 85, 85],
      ['OFFICIAL', 'B', 60, 60],
    ]);
    expect(dual.gap).toBe(8);
  });

  it('reports completeness as answered / applicable, rounded to 4 places', async () => {
    const dual = computeDual({ assessment, framework, sector: undefined, pairs: { PLAN: { self: false } } });
    const { manager, calls } = recordingManager();
    await writeScores(manager, [{ assessment, dual }], false);
    expect(calls[0].sql).toMatch(/^INSERT INTO assessment_score/);
    // 1 of 3 answered → 0.3333; PLAN answered no and the two missing values score 0: total 0.
    expect(calls[0].params[8]).toBe(0.3333);
    expect(calls[0].params[5]).toBe(0);
  });
});
