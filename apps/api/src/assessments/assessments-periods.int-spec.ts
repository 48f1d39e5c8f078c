import { defaultFramework } from '@pathboard/frameworks';
import { TEXT_LIMITS } from '@pathboard/text-limits';
import { createUserFixture, seedOrgTree } from '../../test/fixtures';
import { Role } from '../auth/role.enum';
import { PeriodsService } from '../periods/periods.service';
import { FUTURE, useAssessmentsSuite, type Assessment } from './assessments.int-fixtures';
import { asInputs, CHANGE_DEADLINE, CLOSE_PERIOD, OPEN_PERIOD, SAVE, SUBMIT } from './testing/assessment-ops';

// Periods: deadlines and late submissions, closing, listing, who opens them, another district's.
describe('assessments workflow (GraphQL over HTTP)', () => {
  const suite = useAssessmentsSuite();
  // Quarters of past years, opened as on a day of their own time: openPeriod refuses a deadline in
  // the past and a quarter that ended over a year ago (periods/period-lifecycle.int-spec.ts).
  const setPeriodsClock = (iso: string | null) => {
    suite.t.app.get(PeriodsService).now = () => (iso ? new Date(iso) : new Date());
  };
  afterEach(() => setPeriodsClock(null));

  beforeAll(async () => {
    // The quarter the tests below work in (in the lifecycle suite, its first test opens it).
    await suite.openPeriod('2026Q1');
  });

  it('flags a submission after the deadline as late', async () => {
    const { t, tree, tokens, load, openPeriod } = suite;
    setPeriodsClock('2025-12-15T00:00:00Z');
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
    const { t, tree, tokens, load, openPeriod } = suite;
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
    const { t, tree, tokens } = suite;
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
    const { t, frameworkId, tokens } = suite;
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

  it("another district's period answers closePeriod exactly as a missing one (NOT_FOUND), not audited", async () => {
    const { t, openPeriod } = suite;
    setPeriodsClock('2024-03-01T00:00:00Z');
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
    // Read in the caller's district, the period is not found at all: there is no scope check to audit.
    const audited = await t.dataSource.query(
      `SELECT after->>'reason' AS reason FROM audit_event WHERE action = 'ACCESS_DENIED' AND target_id = $1`,
      [period.id],
    );
    expect(audited).toEqual([]);
  });

  it("an ADMIN moves an open quarter's deadline with a reason, audited; others and closed quarters are refused", async () => {
    const { t, tokens, openPeriod } = suite;
    setPeriodsClock('2024-12-20T00:00:00Z');
    const period = await openPeriod('2024Q4', '2025-01-10T16:00:00.000Z');
    const later = '2025-01-20T16:00:00.000Z';
    const vars = { id: period.id, d: later, r: '春节假期顺延' };
    const byReviewer = await t.gql(CHANGE_DEADLINE, vars, tokens.reviewer);
    expect(byReviewer.errors![0].extensions!.code).toBe('FORBIDDEN');
    const blank = await t.gql(CHANGE_DEADLINE, { ...vars, r: '  ' }, tokens.admin);
    expect(blank.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const long = await t.gql(
      CHANGE_DEADLINE,
      { ...vars, r: '延'.repeat(TEXT_LIMITS.deadlineReason + 1) },
      tokens.admin,
    );
    expect(long.errors![0].message).toBe(
      `reason: reason must be shorter than or equal to ${TEXT_LIMITS.deadlineReason} characters`,
    );
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
