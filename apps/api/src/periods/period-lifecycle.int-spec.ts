import { useAssessmentsSuite } from '../assessments/assessments.int-fixtures';
import { CHANGE_DEADLINE, OPEN_PERIOD, SUBMIT } from '../assessments/testing/assessment-ops';
import { PeriodsService } from './periods.service';

const CLOSE = `mutation ($id: ID!, $force: Boolean) { closePeriod(periodId: $id, force: $force) { id status } }`;
const CHECK = `query ($id: ID!) { periodCloseCheck(periodId: $id) {
  code deadlinePassed completesYear needsForce counts { draft submitted returned approved } } }`;

// The audit's day: 2026-12-07 in Beijing (the service's clock; the rules read only it).
const NOW = new Date('2026-12-07T04:00:00Z');

/**
 * Opening, closing and moving the deadline of a quarter: the date rules (no deadline in the past or
 * before the quarter, no quarter long over) and a close that would cost branches their result
 * (before the deadline, or with submissions nobody reviewed) only when the admin says so.
 */
describe('quarter lifecycle safeguards (GraphQL over HTTP)', () => {
  const suite = useAssessmentsSuite();
  let service: PeriodsService;

  beforeAll(() => {
    service = suite.t.app.get(PeriodsService);
    service.now = () => NOW;
  });

  const open = (code: string, deadline: string) =>
    suite.t.gql<{ openPeriod: { id: string } }>(
      OPEN_PERIOD,
      { code, frameworkId: suite.frameworkId, deadline },
      suite.tokens.admin,
    );
  const periodCount = async (code: string) =>
    Number((await suite.t.dataSource.query(`SELECT count(*) AS n FROM period WHERE code = $1`, [code]))[0].n);

  it('refuses to open a quarter that ended more than a year ago (2019Q1), naming the code; nothing is created', async () => {
    const r = await open('2019Q1', '2027-01-10T16:00:00.000Z');
    expect(r.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'code',
      reason: 'PERIOD_TOO_OLD',
      message: { zh: expect.stringContaining('2019年第一季度已结束一年以上') },
    });
    expect(await periodCount('2019Q1')).toBe(0);
    const notices = await suite.t.dataSource.query(
      `SELECT count(*) AS n FROM notification WHERE payload->>'periodCode' = '2019Q1'`,
    );
    expect(Number(notices[0].n)).toBe(0);
  });

  it('refuses a deadline before the quarter starts (2027Q1 due 2026-01-01) or in the past, naming the field', async () => {
    const before = await open('2027Q1', '2026-01-01T00:00:00.000Z');
    expect(before.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'deadline',
      reason: 'DEADLINE_BEFORE_QUARTER',
      message: { zh: '截止时间不能早于2027年第一季度的第一天，请检查年份和日期。' },
    });
    // Within the quarter but already past (a late opening of 2026Q3 with its usual 10 October).
    const past = await open('2026Q3', '2026-10-10T16:00:00.000Z');
    expect(past.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'deadline',
      reason: 'DEADLINE_IN_PAST',
    });
    expect(await periodCount('2027Q1')).toBe(0);
    expect(await periodCount('2026Q3')).toBe(0);
  });

  it('refuses to move a deadline to the past or before the quarter, and keeps the old one', async () => {
    const { t, tokens } = suite;
    const q = (await open('2027Q2', '2027-07-10T16:00:00.000Z')).data!.openPeriod;
    for (const [d, reason] of [
      ['2020-01-01T00:00:00.000Z', 'DEADLINE_BEFORE_QUARTER'],
      ['2027-03-31T15:59:00.000Z', 'DEADLINE_BEFORE_QUARTER'],
    ] as const) {
      const r = await t.gql(CHANGE_DEADLINE, { id: q.id, d, r: '调整' }, tokens.admin);
      expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deadline', reason });
    }
    // The service's clock moves into the quarter: a deadline earlier that day is past.
    service.now = () => new Date('2027-05-01T04:00:00Z');
    const past = await t.gql(
      CHANGE_DEADLINE,
      { id: q.id, d: '2027-05-01T01:00:00.000Z', r: '调整' },
      tokens.admin,
    );
    expect(past.errors![0].extensions).toMatchObject({ field: 'deadline', reason: 'DEADLINE_IN_PAST' });
    const ok = await t.gql(
      CHANGE_DEADLINE,
      { id: q.id, d: '2027-07-20T16:00:00.000Z', r: '假期顺延' },
      tokens.admin,
    );
    expect(ok.errors).toBeUndefined();
    service.now = () => NOW;
    const [row] = await t.dataSource.query(`SELECT deadline FROM period WHERE id = $1`, [q.id]);
    expect(new Date(row.deadline).toISOString()).toBe('2027-07-20T16:00:00.000Z');
  });

  it('refuses a close before the deadline or with submissions not reviewed, with the counts; force closes it, audited', async () => {
    const { t, tree, tokens, load } = suite;
    const q = (await open('2026Q4', '2027-01-10T16:00:00.000Z')).data!.openPeriod;
    const a = await load('branch', tree.branches[0].id, '2026Q4');
    expect((await t.gql(SUBMIT, { id: a.id, v: a.version }, tokens.branch)).errors).toBeUndefined();

    const check = await t.gql<{ periodCloseCheck: Record<string, unknown> }>(
      CHECK,
      { id: q.id },
      tokens.admin,
    );
    expect(check.data!.periodCloseCheck).toMatchObject({
      code: '2026Q4',
      deadlinePassed: false,
      completesYear: false,
      needsForce: ['BEFORE_DEADLINE', 'SUBMITTED_UNREVIEWED'],
      counts: { submitted: 1, returned: 0, approved: 0 },
    });
    // Only an admin sees what closing would do.
    expect((await t.gql(CHECK, { id: q.id }, tokens.reviewer)).errors![0].extensions!['code']).toBe(
      'FORBIDDEN',
    );

    const refused = await t.gql(CLOSE, { id: q.id }, tokens.admin);
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'force',
      reason: 'CLOSE_NOT_CONFIRMED',
      problems: ['BEFORE_DEADLINE', 'SUBMITTED_UNREVIEWED'],
      counts: { submitted: 1 },
      message: { zh: expect.stringContaining('截止时间未到，1 份已提交的考评尚未审核') },
    });
    const [still] = await t.dataSource.query(`SELECT status FROM period WHERE id = $1`, [q.id]);
    expect(still.status).toBe('OPEN');

    const forced = await t.gql<{ closePeriod: { status: string } }>(
      CLOSE,
      { id: q.id, force: true },
      tokens.admin,
    );
    expect(forced.errors).toBeUndefined();
    expect(forced.data!.closePeriod.status).toBe('CLOSED');
    const [audit] = await t.dataSource.query(
      `SELECT after FROM audit_event WHERE action = 'PERIOD_CLOSED' AND target_id = $1`,
      [q.id],
    );
    expect(audit.after).toMatchObject({
      status: 'CLOSED',
      forced: true,
      overrode: ['BEFORE_DEADLINE', 'SUBMITTED_UNREVIEWED'],
      assessments: { submitted: 1 },
    });
  });

  it('closes without force once the deadline has passed and nothing waits for review', async () => {
    const { t, tokens } = suite;
    const q = (await open('2027Q3', '2027-10-10T16:00:00.000Z')).data!.openPeriod;
    service.now = () => new Date('2027-10-11T00:00:00Z');
    try {
      const check = await t.gql<{ periodCloseCheck: { needsForce: string[] } }>(
        CHECK,
        { id: q.id },
        tokens.admin,
      );
      expect(check.data!.periodCloseCheck.needsForce).toEqual([]);
      const closed = await t.gql<{ closePeriod: { status: string } }>(CLOSE, { id: q.id }, tokens.admin);
      expect(closed.errors).toBeUndefined();
      expect(closed.data!.closePeriod.status).toBe('CLOSED');
    } finally {
      service.now = () => NOW;
    }
  });
});
