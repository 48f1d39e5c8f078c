import { defaultFramework } from '@pathboard/frameworks';
import { scoreDual, type IndicatorValuePair } from '@pathboard/scoring';
import { createUserFixture, seedOrgTree, type OrgTreeFixture } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { Role } from '../auth/role.enum';
import {
  asInputs,
  CHANGE_DEADLINE,
  CLOSE_PERIOD,
  COMMUNITY_VALUES,
  GET_ASSESSMENT,
  IMPORT_FRAMEWORK,
  LIST_ASSESSMENTS,
  OPEN_PERIOD,
  REOPEN,
  REVIEW,
  SAVE,
  SUBMIT,
} from './testing/assessment-ops';

interface Assessment {
  id: string;
  status: string;
  periodStatus: string;
  version: number;
  onTime: boolean | null;
  submittedAt: string | null;
  values: { indicatorCode: string; selfValue: unknown; reviewedValue: unknown; evidence: string | null }[];
  selfScore: {
    total: number;
    gradeCode: string;
    completeness: number;
    paths: {
      code: string;
      points: number;
      percent: number;
      indicators: { code: string; points: number }[];
    }[];
  } | null;
  officialScore: {
    total: number;
    gradeCode: string;
    completeness: number;
    paths: { code: string; points: number; percent: number }[];
  } | null;
  gap: number | null;
  history: { fromStatus: string | null; toStatus: string; comment: string | null }[];
}
type Tokens = Record<'admin' | 'reviewer' | 'reviewerB' | 'branch' | 'branch2' | 'viewer', string>;

const FUTURE = '2099-01-10T16:00:00.000Z';

describe('assessments workflow (GraphQL over HTTP)', () => {
  let t: TestApp;
  let tree: OrgTreeFixture;
  let frameworkId: string;
  const tokens = {} as Tokens;

  /** Fetch an assessment as `who`, failing loudly on errors. */
  async function load(who: keyof Tokens, branchId: string, period: string): Promise<Assessment> {
    const r = await t.gql<{ assessment: Assessment }>(GET_ASSESSMENT, { branchId, period }, tokens[who]);
    expect(r.errors).toBeUndefined();
    return r.data!.assessment;
  }

  async function openPeriod(code: string, deadline = FUTURE) {
    const r = await t.gql<{ openPeriod: { id: string; status: string } }>(
      OPEN_PERIOD,
      { code, frameworkId, deadline },
      tokens.admin,
    );
    expect(r.errors).toBeUndefined();
    return r.data!.openPeriod;
  }

  beforeAll(async () => {
    t = await createTestApp();
    tree = await seedOrgTree(t.dataSource);
    const users = await Promise.all([
      createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: tree.district.id }),
      createUserFixture(t.dataSource, { role: Role.REVIEWER, scopeUnitId: tree.streets[0].id }),
      createUserFixture(t.dataSource, { role: Role.REVIEWER, scopeUnitId: tree.streets[1].id }),
      createUserFixture(t.dataSource, { role: Role.BRANCH, scopeUnitId: tree.branches[0].id }),
      createUserFixture(t.dataSource, { role: Role.BRANCH, scopeUnitId: tree.branches[1].id }),
      createUserFixture(t.dataSource, { role: Role.VIEWER, scopeUnitId: tree.district.id }),
    ]);
    (['admin', 'reviewer', 'reviewerB', 'branch', 'branch2', 'viewer'] as const).forEach(
      (k, i) => (tokens[k] = t.signToken(users[i].user)),
    );
    const imported = await t.gql<{ importFramework: { id: string; version: number; locked: boolean } }>(
      IMPORT_FRAMEWORK,
      { d: defaultFramework },
      tokens.admin,
    );
    expect(imported.errors).toBeUndefined();
    frameworkId = imported.data!.importFramework.id;
  });
  afterAll(() => t?.close());

  it('openPeriod creates a DRAFT assessment for every active branch in scope and locks the framework', async () => {
    await openPeriod('2026Q1');
    const list = await t.gql<{ assessments: { status: string; branch: { code: string } }[] }>(
      LIST_ASSESSMENTS,
      { period: '2026Q1' },
      tokens.admin,
    );
    expect(list.errors).toBeUndefined();
    expect(list.data!.assessments.map((a) => a.branch.code).sort()).toEqual(['B-A1', 'B-A2', 'B-B1', 'B-B2']);
    expect(new Set(list.data!.assessments.map((a) => a.status))).toEqual(new Set(['DRAFT']));
    // A reviewer lists only its street; a branch only itself.
    const mine = await t.gql<{ assessments: { branch: { code: string } }[] }>(
      LIST_ASSESSMENTS,
      { period: '2026Q1' },
      tokens.reviewer,
    );
    expect(mine.data!.assessments.map((a) => a.branch.code).sort()).toEqual(['B-A1', 'B-A2']);
    const own = await t.gql<{ assessments: { branch: { code: string } }[] }>(
      LIST_ASSESSMENTS,
      { period: '2026Q1' },
      tokens.branch,
    );
    expect(own.data!.assessments.map((a) => a.branch.code)).toEqual(['B-A1']);
    const [{ locked }] = await t.dataSource.query(`SELECT locked FROM framework WHERE id = $1`, [
      frameworkId,
    ]);
    expect(locked).toBe(true);
  });

  it('runs DRAFT → SUBMITTED → RETURNED → SUBMITTED → APPROVED → reopened, with history and audit', async () => {
    const branchId = tree.branches[0].id;
    let a = await load('branch', branchId, '2026Q1');
    expect(a).toMatchObject({ status: 'DRAFT', version: 1, selfScore: null, onTime: null });

    let r = await t.gql<Record<string, Assessment>>(
      SAVE,
      { id: a.id, v: 1, values: asInputs(COMMUNITY_VALUES, '会议记录') },
      tokens.branch,
    );
    expect(r.errors).toBeUndefined();
    a = r.data!['saveIndicatorValues'];
    expect(a.version).toBe(2);
    expect(a.values).toHaveLength(Object.keys(COMMUNITY_VALUES).length);
    // docs/domain.md worked example: 11 of 12 meetings → 25 × 11/12 = 22.92; 2 theme days → 15 − 5 = 10.
    const org = a.selfScore!.paths.find((p) => p.code === 'ORGANIZATION')!;
    expect(org.indicators.find((i) => i.code === 'ORG_MEETINGS')!.points).toBe(22.92);
    expect(org.indicators.find((i) => i.code === 'ORG_THEME_DAYS')!.points).toBe(10);

    const submitted = await t.gql<{ submitAssessment: Assessment }>(
      SUBMIT,
      { id: a.id, v: 2 },
      tokens.branch,
    );
    a = submitted.data!.submitAssessment;
    expect(a).toMatchObject({ status: 'SUBMITTED', version: 3, onTime: true });
    expect(a.submittedAt).not.toBeNull();

    // The branch can no longer edit while it is under review.
    const locked = await t.gql(
      SAVE,
      { id: a.id, v: 3, values: asInputs({ ORG_THEME_DAYS: 3 }) },
      tokens.branch,
    );
    expect(locked.errors![0].extensions!.code).toBe('BAD_USER_INPUT');

    const noComment = await t.gql(REVIEW, { id: a.id, v: 3, d: 'RETURN' }, tokens.reviewer);
    expect(noComment.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    r = await t.gql(REVIEW, { id: a.id, v: 3, d: 'RETURN', c: '请补充主题党日记录' }, tokens.reviewer);
    a = r.data!['reviewAssessment'];
    expect(a).toMatchObject({ status: 'RETURNED', version: 4 });

    r = await t.gql(SAVE, { id: a.id, v: 4, values: asInputs({ ORG_THEME_DAYS: 3 }) }, tokens.branch);
    expect(r.errors).toBeUndefined();
    a = (await t.gql<{ submitAssessment: Assessment }>(SUBMIT, { id: a.id, v: 5 }, tokens.branch)).data!
      .submitAssessment;
    expect(a).toMatchObject({ status: 'SUBMITTED', version: 6, onTime: true });

    r = await t.gql(
      REVIEW,
      {
        id: a.id,
        v: 6,
        d: 'APPROVE',
        rv: [{ indicatorCode: 'ORG_MEETINGS', value: { numerator: 9, denominator: 12 } }],
      },
      tokens.reviewer,
    );
    expect(r.errors).toBeUndefined();
    a = r.data!['reviewAssessment'];
    expect(a).toMatchObject({ status: 'APPROVED', version: 7 });
    expect(a.values.find((v) => v.indicatorCode === 'ORG_MEETINGS')).toMatchObject({
      selfValue: { numerator: 11, denominator: 12 },
      reviewedValue: { numerator: 9, denominator: 12 },
      evidence: '会议记录',
    });
    // Only the official score uses the reviewed value: 25 × 9/12 = 18.75 instead of 22.92, weight 30/100.
    expect(a.gap).toBeCloseTo(((22.92 - 18.75) * 30) / 100, 1);

    const noReason = await t.gql(REOPEN, { id: a.id, v: 7, r: '  ' }, tokens.admin);
    expect(noReason.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const byReviewer = await t.gql(REOPEN, { id: a.id, v: 7, r: 'x' }, tokens.reviewer);
    expect(byReviewer.errors![0].extensions!.code).toBe('FORBIDDEN');
    r = await t.gql(REOPEN, { id: a.id, v: 7, r: '群众反映三会一课记录不实,重新核查' }, tokens.admin);
    a = r.data!['reopenAssessment'];
    expect(a).toMatchObject({ status: 'RETURNED', version: 8 });
    expect(a.history.map((h) => `${h.fromStatus ?? '-'}>${h.toStatus}`)).toEqual([
      '->DRAFT',
      'DRAFT>SUBMITTED',
      'SUBMITTED>RETURNED',
      'RETURNED>SUBMITTED',
      'SUBMITTED>APPROVED',
      'APPROVED>RETURNED',
    ]);
    expect(a.history[2].comment).toBe('请补充主题党日记录');

    const audit: { action: string; before: { version: number }; after: { version: number } }[] =
      await t.dataSource.query(
        `SELECT action, before, after FROM audit_event WHERE target_type = 'Assessment' AND target_id = $1 ORDER BY id`,
        [a.id],
      );
    expect(audit.map((e) => e.action)).toEqual([
      'ASSESSMENT_VALUES_SAVED',
      'ASSESSMENT_SUBMITTED',
      'ASSESSMENT_RETURNED',
      'ASSESSMENT_VALUES_SAVED',
      'ASSESSMENT_SUBMITTED',
      'ASSESSMENT_APPROVED',
      'ASSESSMENT_REOPENED',
    ]);
    expect(audit[3]).toMatchObject({
      before: { version: 4, values: { ORG_THEME_DAYS: { self: 2 } } },
      after: { version: 5, values: { ORG_THEME_DAYS: { self: 3 } } },
    });
  });

  it('stores exactly what libs/scoring computes on the same values (both kinds, every path)', async () => {
    const a = await load('admin', tree.branches[0].id, '2026Q1');
    const pairs: Record<string, IndicatorValuePair> = {};
    for (const v of a.values)
      pairs[v.indicatorCode] = {
        self: v.selfValue as never,
        reviewed: (v.reviewedValue ?? undefined) as never,
      };
    const expected = scoreDual(defaultFramework, pairs, { sector: 'COMMUNITY' });
    expect(a.selfScore).toMatchObject({
      total: expected.self.total,
      gradeCode: expected.self.grade.code,
      completeness: expected.self.completeness.ratio,
    });
    expect(a.officialScore).toMatchObject({
      total: expected.official.total,
      gradeCode: expected.official.grade.code,
    });
    expect(a.gap).toBe(expected.gap);
    const rows: { kind: string; path_code: string; points: string; percent: string }[] =
      await t.dataSource.query(
        `SELECT kind, path_code, points, percent FROM assessment_path_score WHERE assessment_id = $1 ORDER BY kind, path_code`,
        [a.id],
      );
    const want = (['OFFICIAL', 'SELF'] as const).flatMap((kind) =>
      (kind === 'SELF' ? expected.self : expected.official).paths
        .map((p) => ({ kind, path_code: p.code, points: p.points, percent: p.percent }))
        .sort((x, y) => x.path_code.localeCompare(y.path_code)),
    );
    expect(rows.map((r) => ({ ...r, points: Number(r.points), percent: Number(r.percent) }))).toEqual(want);
  });

  it('refuses a save with one bad value and applies none of it', async () => {
    const a = await load('branch2', tree.branches[1].id, '2026Q1');
    const r = await t.gql(
      SAVE,
      {
        id: a.id,
        v: a.version,
        values: asInputs({
          ORG_THEME_DAYS: 3,
          ORG_MEETINGS: { numerator: 13, denominator: 12 },
          ORG_LIFE_MEETINGS: true,
        }),
      },
      tokens.branch2,
    );
    expect(r.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toContain('ORG_MEETINGS');
    expect(r.errors![0].message).toContain('numerator is greater than denominator');
    expect((r.errors![0].extensions!['issues'] as { indicator: string }[]).map((i) => i.indicator)).toEqual([
      'ORG_MEETINGS',
    ]);
    const after = await load('branch2', tree.branches[1].id, '2026Q1');
    expect(after.version).toBe(a.version);
    expect(after.values).toEqual([]);
    expect(after.selfScore).toBeNull();
  });

  it('lets exactly one of two concurrent saves with the same expectedVersion win; the other gets CONFLICT with the current version', async () => {
    const a = await load('branch2', tree.branches[1].id, '2026Q1');
    const [x, y] = await Promise.all([
      t.gql(SAVE, { id: a.id, v: a.version, values: asInputs({ ORG_THEME_DAYS: 1 }) }, tokens.branch2),
      t.gql(SAVE, { id: a.id, v: a.version, values: asInputs({ ORG_THEME_DAYS: 2 }) }, tokens.branch2),
    ]);
    const results = [x, y];
    const ok = results.filter((res) => !res.errors);
    const failed = results.filter((res) => res.errors);
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect(failed[0].errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      currentVersion: a.version + 1,
    });
    const after = await load('branch2', tree.branches[1].id, '2026Q1');
    expect(after.version).toBe(a.version + 1);
    const winner = (ok[0].data as { saveIndicatorValues: Assessment }).saveIndicatorValues;
    expect(after.values).toEqual(winner.values);
  });

  it('a save racing a committed change of the same row gets CONFLICT from the guarded UPDATE', async () => {
    const a = await load('branch2', tree.branches[1].id, '2026Q1');
    // Another writer holds the row: on PostgreSQL the save reads version v, then its UPDATE waits on
    // the row lock and, once the writer commits, finds version v + 1 and matches no row.
    const writer = t.dataSource.createQueryRunner();
    await writer.connect();
    await writer.startTransaction();
    await writer.query(`UPDATE assessment SET version = version + 1 WHERE id = $1`, [a.id]);
    const pending = t.gql(
      SAVE,
      { id: a.id, v: a.version, values: asInputs({ ORG_LIFE_MEETINGS: false }) },
      tokens.branch2,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    await writer.commitTransaction();
    await writer.release();
    const r = await pending;
    expect(r.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: a.version + 1 });
    const after = await load('branch2', tree.branches[1].id, '2026Q1');
    expect(after.values.find((v) => v.indicatorCode === 'ORG_LIFE_MEETINGS')).toBeUndefined();
  });

  it('refuses a stale expectedVersion without applying anything', async () => {
    const a = await load('branch2', tree.branches[1].id, '2026Q1');
    const r = await t.gql(
      SAVE,
      { id: a.id, v: a.version - 1, values: asInputs({ ORG_THEME_DAYS: 0 }) },
      tokens.branch2,
    );
    expect(r.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: a.version });
    expect((await load('branch2', tree.branches[1].id, '2026Q1')).values).toEqual(a.values);
  });

  it('keeps a stored value when only evidence is sent, and clears it on an explicit null', async () => {
    const a = await load('branch2', tree.branches[1].id, '2026Q1');
    const stored = a.values.find((v) => v.indicatorCode === 'ORG_THEME_DAYS')!.selfValue;
    let r = await t.gql<Record<string, Assessment>>(
      SAVE,
      { id: a.id, v: a.version, values: [{ indicatorCode: 'ORG_THEME_DAYS', evidence: '活动照片' }] },
      tokens.branch2,
    );
    expect(r.errors).toBeUndefined();
    expect(
      r.data!['saveIndicatorValues'].values.find((v) => v.indicatorCode === 'ORG_THEME_DAYS'),
    ).toMatchObject({ selfValue: stored, evidence: '活动照片' });
    r = await t.gql(
      SAVE,
      { id: a.id, v: a.version + 1, values: [{ indicatorCode: 'ORG_THEME_DAYS', value: null }] },
      tokens.branch2,
    );
    const cleared = r.data!['saveIndicatorValues'];
    expect(cleared.values.find((v) => v.indicatorCode === 'ORG_THEME_DAYS')).toMatchObject({
      selfValue: null,
      evidence: '活动照片',
    });
    expect(cleared.periodStatus).toBe('OPEN');
  });

  it('enforces roles and scope in the service layer; out of scope answers exactly as missing', async () => {
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

  it('flags a submission after the deadline as late', async () => {
    await openPeriod('2025Q4', '2026-01-10T16:00:00.000Z');
    const a = await load('branch2', tree.branches[1].id, '2025Q4');
    const r = await t.gql<{ submitAssessment: Assessment }>(
      SUBMIT,
      { id: a.id, v: a.version },
      tokens.branch2,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.submitAssessment).toMatchObject({ status: 'SUBMITTED', onTime: false });
    // Nothing was entered: it is scored, every value missing.
    expect(r.data!.submitAssessment.selfScore).toMatchObject({ total: 0, completeness: 0 });
  });

  it('a closed period refuses every change', async () => {
    const period = await openPeriod('2026Q2');
    const a = await load('branch', tree.branches[0].id, '2026Q2');
    const closed = await t.gql<{ closePeriod: { status: string } }>(
      CLOSE_PERIOD,
      { id: period.id },
      tokens.admin,
    );
    expect(closed.data!.closePeriod.status).toBe('CLOSED');
    const save = await t.gql(
      SAVE,
      { id: a.id, v: a.version, values: asInputs({ ORG_THEME_DAYS: 3 }) },
      tokens.branch,
    );
    expect(save.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PERIOD_CLOSED' });
    const submit = await t.gql(SUBMIT, { id: a.id, v: a.version }, tokens.branch);
    expect(submit.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PERIOD_CLOSED' });
    const again = await t.gql(CLOSE_PERIOD, { id: period.id }, tokens.admin);
    expect(again.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect((await load('branch', tree.branches[0].id, '2026Q2')).version).toBe(a.version);
  });

  it('lists the district periods newest first, with the framework that renders the form', async () => {
    const r = await t.gql<{
      periods: { code: string; status: string; framework: { code: string; version: number } }[];
    }>(`{ periods { code status framework { code version } } }`, {}, tokens.branch);
    expect(r.errors).toBeUndefined();
    expect(r.data!.periods.map((p) => `${p.code}:${p.status}`)).toEqual([
      '2026Q2:CLOSED',
      '2026Q1:OPEN',
      '2025Q4:OPEN',
    ]);
    expect(r.data!.periods[0].framework).toEqual({ code: defaultFramework.code, version: 1 });
    const a = await t.gql<{ assessment: { framework: { paths: { indicators: { code: string }[] }[] } } }>(
      `query ($b: ID!) { assessment(branchId: $b, period: "2026Q1") { framework { paths { indicators { code } } } } }`,
      { b: tree.branches[0].id },
      tokens.branch,
    );
    expect(a.data!.assessment.framework.paths.flatMap((p) => p.indicators)).toHaveLength(29);
  });

  it('only an ADMIN opens periods, and a period code is unique per district', async () => {
    const byReviewer = await t.gql(
      OPEN_PERIOD,
      { code: '2026Q3', frameworkId, deadline: FUTURE },
      tokens.reviewer,
    );
    expect(byReviewer.errors![0].extensions!.code).toBe('FORBIDDEN');
    const duplicate = await t.gql(
      OPEN_PERIOD,
      { code: '2026Q1', frameworkId, deadline: FUTURE },
      tokens.admin,
    );
    expect(duplicate.errors![0].extensions!.code).toBe('CONFLICT');
    const badCode = await t.gql(OPEN_PERIOD, { code: '2026Q5', frameworkId, deadline: FUTURE }, tokens.admin);
    expect(badCode.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it("another district's period answers closePeriod exactly as a missing one (NOT_FOUND), audited", async () => {
    const period = await openPeriod('2024Q1');
    const other = await seedOrgTree(t.dataSource, 'P-');
    const otherAdmin = t.signToken(
      (await createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: other.district.id })).user,
    );
    const foreign = await t.gql(CLOSE_PERIOD, { id: period.id }, otherAdmin);
    expect(foreign.errors![0]).toMatchObject({
      message: `Period ${period.id} not found`,
      extensions: { code: 'NOT_FOUND' },
    });
    const randomId = '5f0c6f43-9b3e-4c1e-8a55-000000000000';
    const missing = await t.gql(CLOSE_PERIOD, { id: randomId }, otherAdmin);
    expect(JSON.stringify(missing.errors).replaceAll(randomId, period.id)).toBe(
      JSON.stringify(foreign.errors),
    );
    const audited = await t.dataSource.query(
      `SELECT after->>'reason' AS reason FROM audit_event WHERE action = 'ACCESS_DENIED' AND target_id = $1`,
      [period.id],
    );
    expect(audited).toEqual([{ reason: 'SCOPE' }]);
  });

  it("an ADMIN moves an open quarter's deadline with a reason, audited; others and closed quarters are refused", async () => {
    const period = await openPeriod('2024Q4', '2025-01-10T16:00:00.000Z');
    const later = '2025-01-20T16:00:00.000Z';
    const vars = { id: period.id, d: later, r: '春节假期顺延' };
    const byReviewer = await t.gql(CHANGE_DEADLINE, vars, tokens.reviewer);
    expect(byReviewer.errors![0].extensions!.code).toBe('FORBIDDEN');
    const blank = await t.gql(CHANGE_DEADLINE, { ...vars, r: '  ' }, tokens.admin);
    expect(blank.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const missing = await t.gql(
      CHANGE_DEADLINE,
      { ...vars, id: '00000000-0000-4000-8000-000000000000' },
      tokens.admin,
    );
    expect(missing.errors![0].extensions!.code).toBe('NOT_FOUND');

    const moved = await t.gql<{ changePeriodDeadline: { deadline: string } }>(
      CHANGE_DEADLINE,
      vars,
      tokens.admin,
    );
    expect(moved.errors).toBeUndefined();
    expect(new Date(moved.data!.changePeriodDeadline.deadline).toISOString()).toBe(later);
    const [event] = await t.dataSource.query(
      `SELECT actor_id, before, after FROM audit_event WHERE action = 'PERIOD_DEADLINE_CHANGED' AND target_id = $1`,
      [period.id],
    );
    expect(event.before).toEqual({ deadline: '2025-01-10T16:00:00.000Z' });
    expect(event.after).toEqual({ deadline: later, reason: '春节假期顺延' });

    await t.gql(CLOSE_PERIOD, { id: period.id }, tokens.admin);
    const closed = await t.gql(CHANGE_DEADLINE, vars, tokens.admin);
    expect(closed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PERIOD_CLOSED' });
  });
});
