import { useAssessmentsSuite } from './assessments.int-fixtures';
import { asInputs, GET_ASSESSMENT, SAVE, SUBMIT } from './testing/assessment-ops';

// Roles and scope on reads and writes of assessments.
describe('assessments workflow (GraphQL over HTTP)', () => {
  const suite = useAssessmentsSuite();

  beforeAll(async () => {
    // The quarter the tests below work in (in the lifecycle suite, its first test opens it).
    await suite.openPeriod('2026Q1');
  });

  it('enforces roles and scope in the service layer; out of scope answers exactly as missing', async () => {
    const { t, tree, tokens, load } = suite;
    const randomId = '5f0c6f43-9b3e-4c1e-8a55-000000000000';
    // Same answer for another branch and for a branch that does not exist (only the id sent differs).
    const alike = (foreign: unknown, missing: unknown, foreignId: string) =>
      expect(JSON.stringify(missing).replaceAll(randomId, foreignId)).toBe(JSON.stringify(foreign));
    const other = await t.gql(
      GET_ASSESSMENT,
      { branchId: tree.branches[2].id, period: '2026Q1' },
      tokens.branch,
    );
    expect(other.errors![0]).toMatchObject({
      message: `OrgUnit ${tree.branches[2].id} not found`,
      extensions: { code: 'NOT_FOUND' },
    });
    alike(
      other.errors,
      (await t.gql(GET_ASSESSMENT, { branchId: randomId, period: '2026Q1' }, tokens.branch)).errors,
      tree.branches[2].id,
    );
    const mine = await load('branch', tree.branches[0].id, '2026Q1');
    const theirs = await load('admin', tree.branches[1].id, '2026Q1');
    const foreignSave = await t.gql(
      SAVE,
      { id: theirs.id, v: theirs.version, values: asInputs({ ORG_THEME_DAYS: 3 }) },
      tokens.branch,
    );
    // The assessment's branch id is never named: the assessment is "not found".
    expect(foreignSave.errors![0]).toMatchObject({
      message: `Assessment ${theirs.id} not found`,
      extensions: { code: 'NOT_FOUND' },
    });
    expect(JSON.stringify(foreignSave.errors)).not.toContain(tree.branches[1].id);
    const missingSave = await t.gql(
      SAVE,
      { id: randomId, v: 1, values: asInputs({ ORG_THEME_DAYS: 3 }) },
      tokens.branch,
    );
    alike(foreignSave.errors, missingSave.errors, theirs.id);
    // Street B's reviewer cannot touch street A; a viewer reads but never writes.
    const b1 = await load('reviewerB', tree.branches[2].id, '2026Q1');
    expect(b1.status).toBe('DRAFT');
    const outOfScope = await t.gql(
      GET_ASSESSMENT,
      { branchId: tree.branches[0].id, period: '2026Q1' },
      tokens.reviewerB,
    );
    expect(outOfScope.errors![0].extensions!.code).toBe('NOT_FOUND');
    alike(
      outOfScope.errors,
      (await t.gql(GET_ASSESSMENT, { branchId: randomId, period: '2026Q1' }, tokens.reviewerB)).errors,
      tree.branches[0].id,
    );
    expect((await load('viewer', tree.branches[0].id, '2026Q1')).id).toBe(mine.id);
    // A role refusal reveals nothing: FORBIDDEN, before the lookup, for an existing id and a random one alike.
    const viewerWrite = await t.gql(SUBMIT, { id: mine.id, v: mine.version }, tokens.viewer);
    expect(viewerWrite.errors![0].extensions!.code).toBe('FORBIDDEN');
    alike(viewerWrite.errors, (await t.gql(SUBMIT, { id: randomId, v: 1 }, tokens.viewer)).errors, mine.id);
    const denials = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'ACCESS_DENIED'`,
    );
    expect(denials[0].n).toBeGreaterThanOrEqual(4);
  });
});
