import { useAssessmentsSuite, type Assessment } from '../assessments/assessments.int-fixtures';
import { asInputs, REOPEN, REVIEW, SAVE, SUBMIT } from '../assessments/testing/assessment-ops';

const UPDATE = `mutation ($id: ID!, $input: UpdateOrgUnitInput!) { updateOrgUnit(id: $id, input: $input) { id active } }`;
const CREATE = `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }`;

/**
 * What deactivating a unit does (docs/domain.md#deactivation): it never cascades (a unit with active
 * units under it is refused), an active unit never sits under an inactive one, and a branch
 * deactivated mid-quarter no longer changes its assessment, nor is it handed back to it.
 */
describe('deactivating org units (GraphQL over HTTP)', () => {
  const suite = useAssessmentsSuite();

  beforeAll(async () => {
    await suite.openPeriod('2026Q1');
  });

  const setActive = (id: string, active: boolean) =>
    suite.t.gql<{ updateOrgUnit: { id: string; active: boolean } }>(
      UPDATE,
      { id, input: { active } },
      suite.tokens.admin,
    );
  const activeOf = async (id: string): Promise<boolean> =>
    (await suite.t.dataSource.query(`SELECT active FROM org_unit WHERE id = $1`, [id]))[0].active;

  it('refuses deactivating a street that still has active branches, naming how many; nothing changes', async () => {
    const { tree } = suite;
    const street = tree.streets[1];
    const r = await setActive(street.id, false);
    expect(r.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'active',
      reason: 'ACTIVE_CHILDREN',
      activeBelow: 2,
      message: {
        zh: `“${street.name}”下还有 2 个启用的下级单位，请先将其停用或移到其他单位之下，再停用本单位。`,
      },
    });
    expect(r.errors![0].message).toMatch(/still has 2 active units under it; deactivate them or move them/);
    expect(await activeOf(street.id)).toBe(true);
    const audited = await suite.t.dataSource.query(
      `SELECT 1 FROM audit_event WHERE action = 'ORG_UNIT_UPDATED' AND target_id = $1`,
      [street.id],
    );
    expect(audited).toEqual([]);
  });

  it('deactivates the street once its branches are; nothing is created or reactivated under it until it is active again', async () => {
    const { t, tree, tokens } = suite;
    const street = tree.streets[1];
    for (const b of [tree.branches[2], tree.branches[3]])
      expect((await setActive(b.id, false)).errors).toBeUndefined();
    expect((await setActive(street.id, false)).errors).toBeUndefined();
    expect(await activeOf(street.id)).toBe(false);

    const reactivated = await setActive(tree.branches[2].id, true);
    expect(reactivated.errors![0].extensions).toMatchObject({ field: 'active', reason: 'INACTIVE_PARENT' });
    expect(await activeOf(tree.branches[2].id)).toBe(false);

    const created = await t.gql(
      CREATE,
      { input: { parentId: street.id, code: 'DEACT-NEW', name: '新支部', kind: 'BRANCH', sector: 'RURAL' } },
      tokens.admin,
    );
    expect(created.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'parentId',
      reason: 'INACTIVE_PARENT',
    });

    // The next quarter opened now assesses none of them.
    await suite.openPeriod('2026Q2');
    const q2: { branch_id: string }[] = await t.dataSource.query(
      `SELECT a.branch_id FROM assessment a JOIN period p ON p.id = a.period_id WHERE p.code = '2026Q2'`,
    );
    expect(q2.map((a) => a.branch_id).sort()).toEqual([tree.branches[0].id, tree.branches[1].id].sort());

    // Street first, then its branch: both back.
    expect((await setActive(street.id, true)).errors).toBeUndefined();
    expect((await setActive(tree.branches[2].id, true)).errors).toBeUndefined();
  });

  it("refuses a deactivated branch's save and submit with a clear message, and accepts them again once reactivated", async () => {
    const { t, tree, tokens, load } = suite;
    const branch = tree.branches[1];
    const a = await load('branch2', branch.id, '2026Q1');
    const saved = await t.gql(
      SAVE,
      { id: a.id, v: a.version, values: asInputs({ ORG_THEME_DAYS: 2 }) },
      tokens.branch2,
    );
    expect(saved.errors).toBeUndefined();

    expect((await setActive(branch.id, false)).errors).toBeUndefined();
    const before = await load('admin', branch.id, '2026Q1');
    const save = await t.gql(
      SAVE,
      { id: a.id, v: before.version, values: asInputs({ ORG_THEME_DAYS: 3 }) },
      tokens.branch2,
    );
    expect(save.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
      reason: 'BRANCH_INACTIVE',
      message: { zh: expect.stringContaining('已停用，考评不能再保存或提交') },
    });
    const submit = await t.gql(SUBMIT, { id: a.id, v: before.version }, tokens.branch2);
    expect(submit.errors![0].extensions).toMatchObject({ reason: 'BRANCH_INACTIVE' });
    const after: Assessment = await load('admin', branch.id, '2026Q1');
    expect(after).toMatchObject({ status: 'DRAFT', version: before.version });
    expect(after.values.find((v) => v.indicatorCode === 'ORG_THEME_DAYS')?.selfValue).toBe(2);

    expect((await setActive(branch.id, true)).errors).toBeUndefined();
    const again = await t.gql(SUBMIT, { id: a.id, v: before.version }, tokens.branch2);
    expect(again.errors).toBeUndefined();
  });

  it("lets a deactivated branch's submission be approved, but not returned or reopened to it", async () => {
    const { t, tree, tokens, load } = suite;
    const branch = tree.branches[0];
    const a = await load('branch', branch.id, '2026Q1');
    expect((await t.gql(SUBMIT, { id: a.id, v: a.version }, tokens.branch)).errors).toBeUndefined();
    expect((await setActive(branch.id, false)).errors).toBeUndefined();

    const submitted = await load('reviewer', branch.id, '2026Q1');
    const returned = await t.gql(
      REVIEW,
      { id: a.id, v: submitted.version, d: 'RETURN', c: '请补充会议记录' },
      tokens.reviewer,
    );
    expect(returned.errors![0].extensions).toMatchObject({ field: 'id', reason: 'BRANCH_INACTIVE' });
    const approved = await t.gql(REVIEW, { id: a.id, v: submitted.version, d: 'APPROVE' }, tokens.reviewer);
    expect(approved.errors).toBeUndefined();
    const reopened = await t.gql(REOPEN, { id: a.id, v: submitted.version + 1, r: '复核' }, tokens.admin);
    expect(reopened.errors![0].extensions).toMatchObject({ reason: 'BRANCH_INACTIVE' });
    expect((await load('admin', branch.id, '2026Q1')).status).toBe('APPROVED');
  });
});
