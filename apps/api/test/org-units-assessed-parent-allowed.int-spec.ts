import { seedScores } from '../src/analytics/testing/analytics-fixtures';
import { COMPLETION } from '../src/analytics/testing/analytics-ops';
import { OrgUnitKind, Sector } from '../src/org-units/org-unit.enums';
import { createUnitFixture } from './fixtures';
import { CREATE, MOVE, useAssessedParentSuite } from './org-units-assessed-parent.int-fixtures';

/**
 * A branch with assessments never silently becomes a general branch (党总支), but only untouched
 * drafts (a DRAFT with no value saved) give way, removed and audited; a unit with no assessment, or
 * one that is already a general branch, takes children as before. The refusals are in
 * org-units-assessed-parent-refusals.
 */
describe('an assessed branch cannot become a parent (GraphQL over HTTP)', () => {
  const suite = useAssessedParentSuite();

  it('a general branch created while 2026Q4 is open takes a child: its empty draft is removed and audited, the child is assessed instead', async () => {
    const { t, tree, token, adminId, q4, assessmentsOf, removedEvents, board } = suite;
    const streetB = tree.streets[1];
    const g = await t.gql<{ createOrgUnit: { id: string } }>(
      CREATE,
      { input: { parentId: streetB.id, code: 'AP-G', name: '机关党总支', kind: 'BRANCH', sector: 'ORGAN' } },
      token,
    );
    expect(g.errors).toBeUndefined();
    const generalId = g.data!.createOrgUnit.id;
    const [draft]: { id: string }[] = await t.dataSource.query(
      `SELECT id FROM assessment WHERE branch_id = $1`,
      [generalId],
    );
    expect(await assessmentsOf(generalId)).toEqual([{ period: '2026Q4', status: 'DRAFT', version: 1 }]);
    expect((await board(streetB.id, '2026Q4')).branches.map((b) => b.code).sort()).toEqual([
      'AP-B-B1',
      'AP-B-B2',
      'AP-G',
    ]);

    const r = await t.gql<{ createOrgUnit: { id: string; parentId: string } }>(
      CREATE,
      {
        input: { parentId: generalId, code: 'AP-G-1', name: '机关第一支部', kind: 'BRANCH', sector: 'ORGAN' },
      },
      token,
    );
    expect(r.errors).toBeUndefined();
    const childId = r.data!.createOrgUnit.id;
    expect(r.data!.createOrgUnit.parentId).toBe(generalId);

    // The draft is gone with its creation history; the child has its own DRAFT of 2026Q4.
    expect(await assessmentsOf(generalId)).toEqual([]);
    expect(
      await t.dataSource.query(`SELECT 1 FROM assessment_status_change WHERE assessment_id = $1`, [draft.id]),
    ).toEqual([]);
    expect(await assessmentsOf(childId)).toEqual([{ period: '2026Q4', status: 'DRAFT', version: 1 }]);
    expect(await removedEvents(generalId)).toEqual([
      {
        target_id: q4,
        actor_id: adminId,
        before: {
          period: '2026Q4',
          assessments: [{ assessmentId: draft.id, branchId: generalId, status: 'DRAFT', version: 1 }],
        },
        after: { reason: 'ORG_UNIT_CREATED', unitId: childId, parentId: generalId, assessments: [] },
      },
    ]);

    // The figures count the child, not the general branch.
    const after = await board(streetB.id, '2026Q4');
    expect(after.branches.map((b) => b.code).sort()).toEqual(['AP-B-B1', 'AP-B-B2', 'AP-G-1']);
    expect(after.branches.find((b) => b.code === 'AP-G-1')).toMatchObject({
      parentId: generalId,
      childId: generalId,
      status: 'DRAFT',
    });
    const completion = await t.gql<{
      completion: { expected: number; submission: { draft: number; notOpened: number } };
    }>(COMPLETION, { unitId: generalId, period: '2026Q4' }, token);
    expect(completion.data!.completion).toMatchObject({
      expected: 1,
      submission: { draft: 1, notOpened: 0 },
    });
    expect(after.figures).toMatchObject({ expected: 3, submission: { notOpened: 0, draft: 3 } });
  });

  it('a draft saved with nothing (version bumped, no value) is still untouched: a move under it removes it and its empty scores', async () => {
    const { t, tree, token, q4, saveInQ4, assessmentsOf, removedEvents, board } = suite;
    const streetA = tree.streets[0];
    const g = await t.gql<{ createOrgUnit: { id: string } }>(
      CREATE,
      {
        input: {
          parentId: streetA.id,
          code: 'AP-G2',
          name: '社区党总支',
          kind: 'BRANCH',
          sector: 'COMMUNITY',
        },
      },
      token,
    );
    const generalId = g.data!.createOrgUnit.id;
    await saveInQ4(generalId, []);
    const [draft]: { id: string; version: number }[] = await t.dataSource.query(
      `SELECT id, version FROM assessment WHERE branch_id = $1`,
      [generalId],
    );
    expect(draft.version).toBe(2);
    expect(
      await t.dataSource.query(`SELECT kind FROM assessment_score WHERE assessment_id = $1 ORDER BY kind`, [
        draft.id,
      ]),
    ).toEqual([{ kind: 'OFFICIAL' }, { kind: 'SELF' }]);

    // B2 moves under it with its own quarters (the open one follows the move).
    const [, , , b2] = tree.branches;
    const r = await t.gql(MOVE, { id: b2.id, parentId: generalId }, token);
    expect(r.errors).toBeUndefined();
    expect(await assessmentsOf(generalId)).toEqual([]);
    expect(
      await t.dataSource.query(`SELECT 1 FROM assessment_score WHERE assessment_id = $1`, [draft.id]),
    ).toEqual([]);
    expect(await removedEvents(generalId)).toEqual([
      expect.objectContaining({
        target_id: q4,
        before: {
          period: '2026Q4',
          assessments: [{ assessmentId: draft.id, branchId: generalId, status: 'DRAFT', version: 2 }],
        },
        after: { reason: 'ORG_UNIT_MOVED', unitId: b2.id, parentId: generalId, assessments: [] },
      }),
    ]);
    expect(await assessmentsOf(b2.id)).toEqual([
      { period: '2026Q3', status: 'APPROVED', version: 1 },
      { period: '2026Q4', status: 'DRAFT', version: 1 },
    ]);
    // 2026Q3 is closed: its figures keep B2 where it stood at closing (street B), and the new
    // general branch, which did not exist then, is in neither street's quarter.
    const q3A = await board(streetA.id, '2026Q3');
    expect(q3A.branches.map((b) => b.id)).not.toContain(b2.id);
    expect(q3A.branches.map((b) => b.code)).not.toContain('AP-G2');
    const q3B = await board(tree.streets[1].id, '2026Q3');
    expect(q3B.branches.find((b) => b.id === b2.id)).toMatchObject({
      total: 60,
      parentId: tree.streets[1].id,
    });
  });

  it('a parent with no assessments at all takes a child as before, with nothing removed', async () => {
    const { t, tree, token, assessmentsOf, removedEvents } = suite;
    // Built beside the API after the opening (as an import would): no assessment anywhere.
    const bare = await createUnitFixture(t.dataSource, {
      parent: tree.streets[1],
      kind: OrgUnitKind.BRANCH,
      code: 'AP-BARE',
      sector: Sector.SOE,
    });
    const r = await t.gql<{ createOrgUnit: { id: string } }>(
      CREATE,
      {
        input: { parentId: bare.id, code: 'AP-BARE-1', name: '国企第一支部', kind: 'BRANCH', sector: 'SOE' },
      },
      token,
    );
    expect(r.errors).toBeUndefined();
    expect(await removedEvents(bare.id)).toEqual([]);
    expect(await assessmentsOf(r.data!.createOrgUnit.id)).toEqual([
      { period: '2026Q4', status: 'DRAFT', version: 1 },
    ]);
  });

  it('a unit that is already a general branch takes more children, whatever its past quarters as a leaf', async () => {
    const { t, tree, token, frameworkId, q3, assessmentsOf } = suite;
    const general = await createUnitFixture(t.dataSource, {
      parent: tree.streets[0],
      kind: OrgUnitKind.BRANCH,
      code: 'AP-OLD-G',
      sector: Sector.RURAL,
    });
    await createUnitFixture(t.dataSource, {
      parent: general,
      kind: OrgUnitKind.BRANCH,
      code: 'AP-OLD-G-1',
      sector: Sector.RURAL,
    });
    await seedScores(t.dataSource, { districtId: tree.district.id, periodId: q3, frameworkId }, [
      { branchId: general.id, spec: { total: 75 } },
    ]);
    const r = await t.gql(
      CREATE,
      {
        input: {
          parentId: general.id,
          code: 'AP-OLD-G-2',
          name: '第二支部',
          kind: 'BRANCH',
          sector: 'RURAL',
        },
      },
      token,
    );
    expect(r.errors).toBeUndefined();
    expect(await assessmentsOf(general.id)).toEqual([{ period: '2026Q3', status: 'APPROVED', version: 1 }]);
  });
});
