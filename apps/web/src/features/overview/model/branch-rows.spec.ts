import {
  type BranchRow,
  filterBranchRows,
  sortBranchRows,
  toBranchRows,
  visibleBranchRows,
} from './branch-rows';
import { EMPTY_OVERVIEW_STATE } from './url-state';
import { districtScoreboard } from './test-fixtures';

const rows = toBranchRows(districtScoreboard());
const ids = (list: BranchRow[]) => list.map((r) => r.id);
const noFilter = EMPTY_OVERVIEW_STATE;

describe('toBranchRows', () => {
  it('keys path percents by code and names the street of each branch', () => {
    expect(rows[0]).toMatchObject({
      id: 'b1',
      childId: 'north',
      childName: '北苑街道',
      paths: { ORG: 96, SUP: 94 },
      status: 'APPROVED',
    });
    expect(rows[2]).toMatchObject({ childName: '南山镇', sector: 'RURAL' });
  });

  it('marks a branch without an assessment and without scores', () => {
    const sb = districtScoreboard();
    sb.branches[3] = { ...sb.branches[3], status: null };
    const row = toBranchRows(sb)[3];
    expect(row).toMatchObject({ status: 'NONE', total: null, paths: { ORG: null, SUP: null } });
  });

  it('has no street column when the unit is the branch itself', () => {
    const sb = districtScoreboard();
    sb.branches = [{ ...sb.branches[0], childId: 'b1' }];
    expect(toBranchRows(sb)[0]).toMatchObject({ childId: null, childName: null });
  });
});

describe('filterBranchRows', () => {
  it('passes everything without filters', () => {
    expect(ids(filterBranchRows(rows, noFilter))).toEqual(['b1', 'b2', 'b3', 'b4']);
  });

  it('filters by sector (any of), grade incl. not assessed, and status incl. no assessment', () => {
    expect(ids(filterBranchRows(rows, { ...noFilter, sector: ['RURAL', 'ORGAN'] }))).toEqual([
      'b2',
      'b3',
      'b4',
    ]);
    expect(ids(filterBranchRows(rows, { ...noFilter, grade: ['PASS'] }))).toEqual(['b2', 'b3']);
    expect(ids(filterBranchRows(rows, { ...noFilter, grade: ['NONE'] }))).toEqual(['b4']);
    expect(ids(filterBranchRows(rows, { ...noFilter, status: ['DRAFT'] }))).toEqual(['b4']);
  });

  it('combines filters with AND and searches names and codes case-insensitively', () => {
    expect(ids(filterBranchRows(rows, { ...noFilter, sector: ['RURAL'], grade: ['PASS'] }))).toEqual(['b3']);
    expect(ids(filterBranchRows(rows, { ...noFilter, q: '社区' }))).toEqual(['b1', 'b2']);
    expect(ids(filterBranchRows(rows, { ...noFilter, q: ' b3 ' }))).toEqual(['b3']);
  });

  it('a branch without a sector never matches a sector filter', () => {
    const withoutSector = rows.map((r) => ({ ...r, sector: null }));
    expect(filterBranchRows(withoutSector, { ...noFilter, sector: ['RURAL'] })).toEqual([]);
  });
});

describe('sortBranchRows', () => {
  it('defaults to the ranking order', () => {
    expect(ids(sortBranchRows([...rows].reverse(), undefined))).toEqual(['b1', 'b2', 'b3', 'b4']);
  });

  it('keeps rows without a value last in both directions', () => {
    expect(ids(sortBranchRows(rows, { key: 'total', dir: 'asc' }))).toEqual(['b3', 'b2', 'b1', 'b4']);
    expect(ids(sortBranchRows(rows, { key: 'total', dir: 'desc' }))).toEqual(['b1', 'b2', 'b3', 'b4']);
    expect(ids(sortBranchRows(rows, { key: 'rankChange', dir: 'desc' }))).toEqual(['b1', 'b3', 'b2', 'b4']);
  });

  it('sorts by a path percent', () => {
    expect(ids(sortBranchRows(rows, { key: 'path:SUP', dir: 'asc' }))).toEqual(['b3', 'b2', 'b1', 'b4']);
  });

  it('sorts Chinese names by pinyin and sectors in the domain order', () => {
    // 北塘 (bei) < 滨江 (bin) < 南岗 (nan) < 银杏 (yin)
    expect(ids(sortBranchRows(rows, { key: 'name', dir: 'asc' }))).toEqual(['b4', 'b1', 'b3', 'b2']);
    // RURAL before COMMUNITY before ORGAN; ties keep the rank order
    expect(ids(sortBranchRows(rows, { key: 'sector', dir: 'asc' }))).toEqual(['b3', 'b4', 'b1', 'b2']);
  });

  it('sorts by status in workflow order', () => {
    expect(ids(sortBranchRows(rows, { key: 'status', dir: 'asc' }))).toEqual(['b4', 'b1', 'b2', 'b3']);
  });

  it('does not change its input', () => {
    const before = ids(rows);
    sortBranchRows(rows, { key: 'name', dir: 'desc' });
    expect(ids(rows)).toEqual(before);
  });

  it('filters and sorts 5,000 rows quickly enough to run on every keystroke', () => {
    const many: BranchRow[] = Array.from({ length: 5000 }, (_, i) => ({
      ...rows[i % 4],
      id: `x${i}`,
      code: `C${i}`,
      name: `第${i}党支部`,
      total: (i * 7919) % 100,
      rank: i + 1,
    }));
    const started = performance.now();
    const visible = visibleBranchRows(many, {
      ...noFilter,
      sector: ['RURAL', 'COMMUNITY'],
      q: '党支部',
      sort: { key: 'name', dir: 'asc' },
    });
    expect(visible.length).toBe(3750);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
