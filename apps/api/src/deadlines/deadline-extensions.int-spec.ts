import { useAssessmentsSuite, type Assessment } from '../assessments/assessments.int-fixtures';
import { CHANGE_DEADLINE, SUBMIT } from '../assessments/testing/assessment-ops';

const EXTEND = `mutation ($input: ExtendDeadlineInput!) { extendDeadline(input: $input) { branchId deadline periodDeadline reason } }`;
const EXTENSIONS = `query ($p: String!) { deadlineExtensions(period: $p) { branchId branchCode deadline reason createdByName } }`;
const DEADLINE = `query ($b: ID!, $p: String!) { assessment(branchId: $b, period: $p) { id deadline onTime } }`;
const LIST = `query ($p: String!) { assessments(period: $p) { branchId deadline } }`;
const HOUR = 3_600_000;

/** 延期 through GraphQL over HTTP: what a branch's assessment says its deadline is, and what input is refused. */
describe('deadline extensions (GraphQL over HTTP)', () => {
  const suite = useAssessmentsSuite();

  const extend = (period: string, branchId: string, deadline: string, reason = '换届选举') =>
    suite.t.gql<{ extendDeadline: { deadline: string } }>(
      EXTEND,
      { input: { period, branchId, deadline, reason } },
      suite.tokens.admin,
    );
  const deadlineOf = async (who: 'branch' | 'branch2' | 'admin', branchId: string, period: string) => {
    const r = await suite.t.gql<{ assessment: { deadline: string; onTime: boolean | null } }>(
      DEADLINE,
      { b: branchId, p: period },
      suite.tokens[who],
    );
    expect(r.errors).toBeUndefined();
    return r.data!.assessment;
  };

  it("gives the extended branch's assessment its own deadline, in the single read and the list", async () => {
    const { t, tree, tokens, openPeriod } = suite;
    const [b1, b2] = tree.branches;
    const period = await openPeriod('2026Q4', '2099-01-10T16:00:00.000Z');
    expect((await extend('2026Q4', b1.id, '2099-02-01T16:00:00.000Z')).errors).toBeUndefined();

    // The branch's own screens read it (the home notice and the form say 截止 2099年2月1日 24:00).
    expect((await deadlineOf('branch', b1.id, '2026Q4')).deadline).toBe('2099-02-01T16:00:00.000Z');
    expect((await deadlineOf('branch2', b2.id, '2026Q4')).deadline).toBe('2099-01-10T16:00:00.000Z');
    const list = await t.gql<{ assessments: { branchId: string; deadline: string }[] }>(
      LIST,
      { p: '2026Q4' },
      tokens.admin,
    );
    expect(list.errors).toBeUndefined();
    const byBranch = new Map(list.data!.assessments.map((a) => [a.branchId, a.deadline]));
    expect(byBranch.get(b1.id)).toBe('2099-02-01T16:00:00.000Z');
    expect(byBranch.get(b2.id)).toBe('2099-01-10T16:00:00.000Z');

    // The admin's list says who granted it, by name, and which branch by code too.
    const granted = await t.gql<{ deadlineExtensions: Record<string, unknown>[] }>(
      EXTENSIONS,
      { p: '2026Q4' },
      tokens.admin,
    );
    expect(granted.errors).toBeUndefined();
    expect(granted.data!.deadlineExtensions).toEqual([
      {
        branchId: b1.id,
        branchCode: b1.code,
        deadline: '2099-02-01T16:00:00.000Z',
        reason: '换届选举',
        createdByName: expect.stringMatching(/\(.+\)$/),
      },
    ]);

    // The quarter's deadline moved past the extension: the later one is the branch's (as onTimeOf counts).
    const moved = await t.gql(
      CHANGE_DEADLINE,
      { id: period.id, d: '2099-03-10T16:00:00.000Z', r: '统一延后' },
      tokens.admin,
    );
    expect(moved.errors).toBeUndefined();
    expect((await deadlineOf('branch', b1.id, '2026Q4')).deadline).toBe('2099-03-10T16:00:00.000Z');
  });

  it("stores the first submission's verdict against the period deadline, so an earlier replacing extension counts", async () => {
    const { t, tree, tokens, openPeriod } = suite;
    const b2 = tree.branches[1];
    const now = Date.now();
    const period = await openPeriod('2026Q1');
    // A quarter's deadline can only be set in the future: put it in the past by hand.
    await t.dataSource.query(`UPDATE period SET deadline = $2 WHERE id = $1`, [
      period.id,
      new Date(now - 2 * HOUR),
    ]);
    expect((await extend('2026Q1', b2.id, new Date(now + 24 * HOUR).toISOString())).errors).toBeUndefined();
    const before = await deadlineOf('branch2', b2.id, '2026Q1');
    const a = await suite.load('branch2', b2.id, '2026Q1');
    const submitted = await t.gql<{ submitAssessment: Assessment }>(
      SUBMIT,
      { id: a.id, v: a.version },
      tokens.branch2,
    );
    expect(submitted.errors).toBeUndefined();
    // Late for the quarter, within the branch's extension.
    expect(submitted.data!.submitAssessment.onTime).toBe(true);
    expect(before.onTime).toBeNull();

    // The extension is replaced by one that ended before the submission: now it was late.
    expect(
      (await extend('2026Q1', b2.id, new Date(now - HOUR).toISOString(), '更正')).errors,
    ).toBeUndefined();
    expect((await deadlineOf('branch2', b2.id, '2026Q1')).onTime).toBe(false);
  });

  it('refuses a calendar date that does not exist, naming the field, and stores nothing', async () => {
    const { t, tree, tokens, openPeriod } = suite;
    const b1 = tree.branches[0];
    await openPeriod('2026Q2', '2028-01-10T16:00:00.000Z');
    // Nest's DateTime stored this as 2027-03-02T00:00:00Z.
    const refusals: Record<string, string> = {
      '2027-02-30': 'is not a date on the calendar: 2027-02 has 28 days',
      '2027-02-29T16:00:00Z': 'is not a date on the calendar: 2027-02 has 28 days',
      '2027-02-01T10:00': 'is not an ISO 8601 date-time with its time zone',
    };
    for (const [deadline, reason] of Object.entries(refusals)) {
      const r = await extend('2026Q2', b1.id, deadline);
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deadline' });
      // graphql-jit coerces the variables and names the field and the type; the scalar's reason follows
      // (graphql/jit-gateway.ts).
      expect(r.errors?.[0].message).toBe(
        `Variable "$deadline" got invalid value ${JSON.stringify(deadline)}; Expected type DateTime. ` +
          `${JSON.stringify(deadline)} ${reason} (e.g. 2027-02-01T16:00:00Z)`,
      );
    }
    // Written into the query, graphql-js validates it and keeps the reason.
    const literal = await t.gql(
      `mutation { extendDeadline(input: { period: "2026Q2", branchId: "${b1.id}", deadline: "2027-02-30", reason: "x" }) { deadline } }`,
      {},
      tokens.admin,
    );
    expect(literal.errors?.[0].message).toContain('2027-02 has 28 days');
    const list = await t.gql<{ deadlineExtensions: unknown[] }>(EXTENSIONS, { p: '2026Q2' }, tokens.admin);
    expect(list.data!.deadlineExtensions).toEqual([]);

    // A real leap day is fine.
    const leap = await extend('2026Q2', b1.id, '2028-02-29T16:00:00Z');
    expect(leap.errors).toBeUndefined();
    expect(leap.data!.extendDeadline.deadline).toBe('2028-02-29T16:00:00.000Z');
  });
});
