import { toBranchRows } from './branch-rows';
import { districtScoreboard } from './test-fixtures';

const rows = toBranchRows(districtScoreboard());

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
