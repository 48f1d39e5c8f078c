import { compareRadarOption } from '@pathboard/charts';
import { compareRadarInput, compareRows, unscoredBranchNames, type ComparedBranch } from './compare-table';

const name = (zh: string) => ({ zh, en: zh });

function branch(
  id: string,
  total: number | null,
  orgPercent: number,
  meetingsPoints: number,
  ruralApplicable = true,
): ComparedBranch {
  return {
    branchId: id,
    code: id.toUpperCase(),
    name: `支部${id}`,
    sector: 'COMMUNITY',
    status: total === null ? null : 'APPROVED',
    total,
    gradeCode: total === null ? null : 'GOOD',
    paths:
      total === null
        ? []
        : [
            {
              code: 'ORG',
              name: name('组织建设'),
              weight: 50,
              maxPoints: 100,
              points: orgPercent,
              percent: orgPercent,
              indicators: [
                {
                  code: 'MEET',
                  name: name('三会一课'),
                  rule: 'ratio',
                  applicable: true,
                  missing: false,
                  maxPoints: 25,
                  points: meetingsPoints,
                },
                {
                  code: 'RURAL',
                  name: name('乡村振兴'),
                  rule: 'count',
                  applicable: ruralApplicable,
                  missing: false,
                  maxPoints: ruralApplicable ? 10 : 0,
                  points: 0,
                },
                {
                  code: 'BONUS',
                  name: name('创新经验'),
                  rule: 'bonus',
                  applicable: true,
                  missing: true,
                  maxPoints: 0,
                  points: 0,
                },
              ],
            },
            {
              code: 'SUP',
              name: name('党内监督'),
              weight: 50,
              maxPoints: 100,
              points: 80,
              percent: 80,
              indicators: [],
            },
          ],
  };
}

describe('compareRows', () => {
  const branches = [branch('a', 85, 90, 22.92), branch('b', 88, 95, 25, false), branch('c', null, 0, 0)];
  const rows = compareRows(branches);

  it('starts with the totals, then each path with its indicators as children, in framework order', () => {
    expect(rows.map((r) => r.key)).toEqual(['total', 'ORG', 'SUP']);
    expect(rows[0].cells).toMatchObject({ a: { value: 85 }, b: { value: 88 }, c: { value: null } });
    expect(rows[1].children?.map((r) => r.key)).toEqual(['ORG/MEET', 'ORG/RURAL', 'ORG/BONUS']);
  });

  it('gives a path its percent and its points of maxPoints', () => {
    expect(rows[1].cells.a).toEqual({
      value: 90,
      points: 90,
      maxPoints: 100,
      applicable: true,
      missing: false,
    });
  });

  it('marks indicators that do not apply or were not answered; uncapped items have no maximum', () => {
    const [meetings, rural, bonus] = rows[1].children ?? [];
    expect(meetings.cells.a).toMatchObject({ value: 22.92, maxPoints: 25 });
    expect(rural.cells.b).toMatchObject({ applicable: false, maxPoints: null });
    expect(bonus.cells.a).toMatchObject({ missing: true, maxPoints: null });
    expect(bonus.rule).toBe('bonus');
  });

  it('leaves an unassessed branch with empty cells', () => {
    expect(rows[1].cells.c).toMatchObject({ value: null, applicable: true });
    expect(rows[1].children?.[0].cells.c.value).toBeNull();
  });

  it('marks the highest value of a row, but not when all are equal or only one has a value', () => {
    expect(rows[0].best).toEqual(['b']);
    expect(rows[1].children?.[0].best).toEqual(['b']);
    expect(rows[2].best).toEqual([]); // both 80
    expect(rows[1].children?.[1].best).toEqual([]); // b not applicable: only a has a value
  });

  it('feeds the compare radar', () => {
    const input = compareRadarInput(branches);
    expect(input.paths.map((p) => p.code)).toEqual(['ORG', 'SUP']);
    expect(input.branches[2]).toEqual({ id: 'c', name: '支部c', paths: {} });
    expect(() => compareRadarOption(input.branches, input.paths, { lang: 'zh' })).not.toThrow();
  });

  it('does not draw an unassessed branch on the radar, and names it for the card caption', () => {
    const input = compareRadarInput(branches);
    const option = compareRadarOption(input.branches, input.paths, { lang: 'zh' });
    const data = (option.series as { data: { name: string; symbol?: string }[] }[])[0].data;
    expect(data[2]).toMatchObject({ name: '支部c（未评）', symbol: 'none' });
    expect(unscoredBranchNames(branches)).toEqual(['支部c']);
    expect(unscoredBranchNames(branches.slice(0, 2))).toEqual([]);
  });

  it('has only the total row when no branch is assessed', () => {
    expect(compareRows([branch('x', null, 0, 0), branch('y', null, 0, 0)]).map((r) => r.key)).toEqual([
      'total',
    ]);
  });
});
