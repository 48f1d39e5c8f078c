import { CREATE, MOVE, useAssessedParentSuite } from './org-units-assessed-parent.int-fixtures';

/**
 * A branch with assessments never silently becomes a general branch (党总支): analytics count only
 * assessed leaves, so a child would take its scores and past quarters out of every figure. Refused
 * here: an APPROVED or SUBMITTED quarter, or a DRAFT with saved values (org-units-assessed-parent-allowed
 * has what gives way).
 */
describe('an assessed branch cannot become a parent (GraphQL over HTTP)', () => {
  const suite = useAssessedParentSuite();

  it('refuses to create a branch under one with an APPROVED quarter; nothing changes, its empty 2026Q4 draft included', async () => {
    const { t, tree, token, assessmentsOf, districtState, expectAssessedParent } = suite;
    const [a1] = tree.branches;
    const before = await districtState();
    expect(before.q3.branches.find((b) => b.id === a1.id)).toMatchObject({ total: 80, status: 'APPROVED' });

    const r = await t.gql(
      CREATE,
      {
        input: {
          parentId: a1.id,
          code: 'AP-B-A1-1',
          name: '第一党小组',
          kind: 'BRANCH',
          sector: 'COMMUNITY',
        },
      },
      token,
    );
    expectAssessedParent(r, '2026Q3 APPROVED');
    expect(r.errors![0].extensions!['periods']).toEqual(['2026Q3']);

    expect(await districtState()).toEqual(before);
    expect(await t.dataSource.query(`SELECT 1 FROM org_unit WHERE code = 'AP-B-A1-1'`)).toEqual([]);
    expect(await assessmentsOf(a1.id)).toEqual([
      { period: '2026Q3', status: 'APPROVED', version: 1 },
      { period: '2026Q4', status: 'DRAFT', version: 1 },
    ]);
  });

  it('refuses to move a branch under one that has submitted; nothing moves and the scoreboards stay', async () => {
    const { t, tree, token, districtState, expectAssessedParent } = suite;
    const [, a2, , b2] = tree.branches;
    const before = await districtState();
    const r = await t.gql(MOVE, { id: b2.id, parentId: a2.id }, token);
    expectAssessedParent(r, '2026Q3 APPROVED, 2026Q4 SUBMITTED');
    expect(await districtState()).toEqual(before);
    expect(before.q4.branches.find((b) => b.id === a2.id)).toMatchObject({
      status: 'SUBMITTED',
      parentId: tree.streets[0].id,
    });
  });

  it('refuses a branch whose only assessment is a DRAFT with saved values (create and move alike)', async () => {
    const { t, tree, token, assessmentsOf, districtState, expectAssessedParent } = suite;
    const [a1, , b1] = tree.branches;
    expect(await assessmentsOf(b1.id)).toEqual([{ period: '2026Q4', status: 'DRAFT', version: 2 }]);
    const before = await districtState();
    const created = await t.gql(
      CREATE,
      {
        input: { parentId: b1.id, code: 'AP-B-B1-1', name: '机关第一支部', kind: 'BRANCH', sector: 'ORGAN' },
      },
      token,
    );
    expectAssessedParent(created, '2026Q4 DRAFT with saved values');
    const moved = await t.gql(MOVE, { id: a1.id, parentId: b1.id }, token);
    expectAssessedParent(moved, '2026Q4 DRAFT with saved values');
    expect(await districtState()).toEqual(before);
  });
});
