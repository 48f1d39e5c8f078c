import { centsDifference, toBranch, toBranches } from './scoreboard.mapper';
import type { ScoreboardBranchRow } from './sql/scoreboard.sql';

describe('scoreboard mapper', () => {
  it.each([
    ['85.13 − 80.2 (a float difference would be 4.929999999999993)', 85.13, 80.2, 4.93],
    ['a drop', 70.05, 80.1, -10.05],
    ['no change', 92.5, 92.5, 0],
    ['to zero', 0.01, 0.01, 0],
    ['full range', 100, 0, 100],
  ])('changes in whole cents: %s', (_name, a, b, expected) => {
    expect(centsDifference(a, b)).toBe(expected);
  });

  const row: ScoreboardBranchRow = {
    id: 'b1',
    code: 'B1',
    name: '一支部',
    parent_id: 's1',
    child_key: 's1',
    sector: 'RURAL',
    member_count: 30,
    active: true,
    status: 'APPROVED',
    on_time: true,
    total: 85.13,
    grade_code: 'GOOD',
    veto: false,
    p1: 90,
    p2: 80.5,
    p3: 70,
    p4: 100,
    rank: 2,
    at_or_above: 2,
    previous_total: 80.2,
    // Previous totals 90, 85.5, 80.2: 80.2 was third (ranked by SQL).
    previous_rank: 3,
    branch_id: 'b1',
    path: '/d1/s1/b1/',
  };
  const listed = { ...row, id: 'b1' };

  it('gathers p1…pN into the path percents and derives the changes', () => {
    // 2 of 3 assessed at or above: 1 of the 2 others below → 50.
    expect(toBranch(listed, 4, 3)).toMatchObject({
      pathPercents: [90, 80.5, 70, 100],
      totalChange: 4.93,
      rankChange: 1,
      percentile: 50,
    });
  });

  it('gives percentiles among the assessed rows only; a lone assessed branch is 100', () => {
    const rows = [
      row,
      { ...row, id: 'b2', total: 70, at_or_above: 3 },
      { ...row, id: 'b3', total: 90, at_or_above: 1 },
      { ...row, id: 'b4', status: 'DRAFT', total: null, at_or_above: null },
    ];
    expect(toBranches(rows, 4).map((b) => b.percentile)).toEqual([50, 0, 100, null]);
    expect(toBranches([{ ...row, at_or_above: 1 }], 4)[0].percentile).toBe(100);
  });

  it("takes SQL's previous rank, and lists only rows with an id", () => {
    // Previous totals 90 (b9, deactivated since: no id), 85.13 (b2), 85.13 (b3), 80.2 (b1): 1, 2, 2, 4.
    const rows: ScoreboardBranchRow[] = [
      { ...row, id: 'b2', total: 88, rank: 1, at_or_above: 1, previous_total: 85.13, previous_rank: 2 },
      { ...row, id: 'b1', total: 85.13, rank: 2, at_or_above: 2, previous_total: 80.2, previous_rank: 4 },
      { ...row, id: 'b3', total: 70, rank: 3, at_or_above: 3, previous_total: 85.13, previous_rank: 2 },
      { ...row, id: null, total: null, rank: null, at_or_above: null, previous_total: 90, previous_rank: 1 },
    ];
    const branches = toBranches(rows, 4);
    expect(branches.map((b) => [b.id, b.previousRank, b.rankChange])).toEqual([
      ['b2', 2, 1],
      ['b1', 4, 2],
      ['b3', 2, -1],
    ]);
    // Percentiles count the listed assessed branches only (3), not the row without an id.
    expect(branches.map((b) => b.percentile)).toEqual([100, 50, 0]);
  });

  it('leaves changes and percents null when a side is missing', () => {
    const draft = {
      ...listed,
      status: 'DRAFT',
      total: null,
      rank: null,
      at_or_above: null,
      p1: null,
      p2: null,
      p3: null,
      p4: null,
    };
    expect(toBranch(draft, 4, 3)).toMatchObject({
      pathPercents: null,
      totalChange: null,
      rankChange: null,
      percentile: null,
      previousRank: 3,
    });
    expect(toBranch({ ...listed, previous_total: null, previous_rank: null }, 4, 3)).toMatchObject({
      totalChange: null,
      previousRank: null,
      rankChange: null,
    });
  });
});
