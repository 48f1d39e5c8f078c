import { ScheduledChecksService } from '../notifications/scheduled-checks.service';
import { GET_ASSESSMENT, REVIEW, SUBMIT } from '../assessments/testing/assessment-ops';
import {
  CREATE,
  EXTEND,
  EXTENSIONS,
  LOG,
  MARK,
  MINE,
  REMIND,
  useRectificationSuite,
  type Who,
} from './rectification.int-fixtures';

// 催报, review notifications, 延期 and the scheduled deadline checks.
describe('rectification (整改) and 催报 over GraphQL', () => {
  const suite = useRectificationSuite();

  beforeAll(async () => {
    const { assessmentId: assessmentA1, ok } = suite;
    // An overdue item of B-A1: the scheduled checks below notify it once.
    await ok(
      CREATE,
      {
        input: {
          assessmentId: assessmentA1,
          indicatorCode: 'SUP_SATISFACTION',
          problem: '问题',
          requiredAction: '整改',
          deadline: '2020-01-01T00:00:00.000Z',
        },
      },
      'reviewer',
    );
  });

  it('催报 reminds exactly the unsubmitted branches in scope, once per branch per day', async () => {
    const { t, tree, tokens, ok } = suite;
    // B-A2 submits; B-A1, B-B1 and B-B2 have not.
    const a2 = await ok<{ assessment: { id: string; version: number } }>(
      GET_ASSESSMENT,
      { branchId: tree.branches[1].id, period: '2026Q2' },
      'branch2',
    );
    await ok(SUBMIT, { id: a2.assessment.id, v: a2.assessment.version }, 'branch2');
    await ok(MARK, {}, 'branch');

    const street = await ok<{
      remindUnsubmitted: { remindedBranchIds: string[]; alreadyRemindedBranchIds: string[] };
    }>(REMIND, { p: '2026Q2' }, 'reviewer');
    expect(street.remindUnsubmitted).toMatchObject({
      remindedBranchIds: [tree.branches[0].id],
      alreadyRemindedBranchIds: [],
    });
    // Another street is out of the street reviewer's reach, answered as a missing unit.
    const foreign = await t.gql(REMIND, { p: '2026Q2', s: tree.streets[1].id }, tokens.reviewer);
    expect(foreign.errors![0].message).toBe(`OrgUnit ${tree.streets[1].id} not found`);
    expect((await t.gql(REMIND, { p: '2026Q2' }, tokens.branch)).errors![0].extensions!['code']).toBe(
      'FORBIDDEN',
    );

    const district = await ok<{
      remindUnsubmitted: { remindedBranchIds: string[]; alreadyRemindedBranchIds: string[] };
    }>(REMIND, { p: '2026Q2' }, 'admin');
    expect(district.remindUnsubmitted.remindedBranchIds.sort()).toEqual(
      [tree.branches[2].id, tree.branches[3].id].sort(),
    );
    expect(district.remindUnsubmitted.alreadyRemindedBranchIds).toEqual([tree.branches[0].id]);
    const again = await ok<{ remindUnsubmitted: { remindedBranchIds: string[] } }>(
      REMIND,
      { p: '2026Q2' },
      'admin',
    );
    expect(again.remindUnsubmitted.remindedBranchIds).toEqual([]);

    const inbox = async (who: Who) =>
      (await ok<{ myNotifications: { kind: string }[] }>(MINE, {}, who)).myNotifications.filter(
        (n) => n.kind === 'SUBMISSION_REMINDER',
      );
    expect(await inbox('branch')).toHaveLength(1);
    expect(await inbox('branchB1')).toHaveLength(1);
    expect(await inbox('branch2')).toHaveLength(0);
    expect((await ok<{ unreadNotificationCount: number }>(MINE, {}, 'branch')).unreadNotificationCount).toBe(
      1,
    );
    const log = (await ok<{ submissionReminders: { branchId: string }[] }>(LOG, { p: '2026Q2' }, 'reviewer'))
      .submissionReminders;
    expect(log.map((l) => l.branchId)).toEqual([tree.branches[0].id]);
  });

  it('returning and approving notify the branch once per review', async () => {
    const { tree, ok } = suite;
    const load = async () =>
      (
        await ok<{ assessment: { id: string; version: number } }>(
          GET_ASSESSMENT,
          { branchId: tree.branches[1].id, period: '2026Q2' },
          'branch2',
        )
      ).assessment;
    let a = await load();
    await ok(REVIEW, { id: a.id, v: a.version, d: 'RETURN', c: '请补充材料' }, 'reviewer');
    a = await load();
    await ok(SUBMIT, { id: a.id, v: a.version }, 'branch2');
    a = await load();
    await ok(REVIEW, { id: a.id, v: a.version, d: 'APPROVE' }, 'reviewer');
    const kinds = (
      await ok<{ myNotifications: { kind: string; targetId: string }[] }>(MINE, {}, 'branch2')
    ).myNotifications
      .filter((n) => n.targetId === a.id)
      .map((n) => n.kind);
    expect(kinds).toEqual(['ASSESSMENT_APPROVED', 'ASSESSMENT_RETURNED']);
    // Nobody else heard about it.
    const others = (
      await ok<{ myNotifications: { targetId: string }[] }>(MINE, {}, 'branch')
    ).myNotifications.filter((n) => n.targetId === a.id);
    expect(others).toEqual([]);
  });

  it("延期: an admin extends one branch's deadline with a reason, audited; others may not", async () => {
    const { t, tree, tokens, ok } = suite;
    const input = {
      period: '2026Q2',
      branchId: tree.branches[2].id,
      deadline: '2099-02-10T16:00:00.000Z',
      reason: '书记住院',
    };
    expect((await t.gql(EXTEND, { input }, tokens.reviewer)).errors![0].extensions!['code']).toBe(
      'FORBIDDEN',
    );
    const early = await t.gql(
      EXTEND,
      { input: { ...input, deadline: '2099-01-01T00:00:00.000Z' } },
      tokens.admin,
    );
    expect(early.errors![0].extensions!['field']).toBe('deadline');
    const noReason = await t.gql(EXTEND, { input: { ...input, reason: '  ' } }, tokens.admin);
    expect(noReason.errors![0].extensions!['code']).toBe('BAD_USER_INPUT');
    await ok(EXTEND, { input }, 'admin');
    await ok(EXTEND, { input: { ...input, deadline: '2099-02-20T16:00:00.000Z', reason: '再延' } }, 'admin');
    const list = (
      await ok<{ deadlineExtensions: { branchId: string; deadline: string; reason: string }[] }>(
        EXTENSIONS,
        { p: '2026Q2' },
        'admin',
      )
    ).deadlineExtensions;
    expect(list).toEqual([
      { branchId: tree.branches[2].id, deadline: '2099-02-20T16:00:00.000Z', reason: '再延' },
    ]);
    expect(
      (await ok<{ deadlineExtensions: unknown[] }>(EXTENSIONS, { p: '2026Q2' }, 'reviewer'))
        .deadlineExtensions,
    ).toEqual([]);
    const audit: { before: unknown; after: { reason: string } }[] = await t.dataSource.query(
      `SELECT before, after FROM audit_event WHERE action = 'DEADLINE_EXTENDED' AND target_id = $1 ORDER BY id`,
      [tree.branches[2].id],
    );
    expect(audit.map((e) => [e.before === null, e.after.reason])).toEqual([
      [true, '书记住院'],
      [false, '再延'],
    ]);
  });

  it('scheduled checks notify each deadline once, on every re-run and after a 延期', async () => {
    const { t, ok } = suite;
    const checks = t.app.get(ScheduledChecksService);
    // Period deadline 2099-01-10T16:00Z; B-B1 was extended to 2099-02-20T16:00Z by the previous test.
    const nearPeriodDeadline = new Date('2099-01-08T16:00:00Z');
    const first = await checks.run(nearPeriodDeadline);
    // Unsubmitted: B-A1 and B-B2 (B-A2 approved, B-B1 extended); B-B2 has no user. The overdue item of B-A1 notifies once.
    expect(first).toEqual({
      DEADLINE_APPROACHING: 1,
      DEADLINE_PASSED: 0,
      RECTIFICATION_DUE: 0,
      RECTIFICATION_OVERDUE: 1,
    });
    expect(await checks.run(nearPeriodDeadline)).toEqual({
      DEADLINE_APPROACHING: 0,
      DEADLINE_PASSED: 0,
      RECTIFICATION_DUE: 0,
      RECTIFICATION_OVERDUE: 0,
    });
    const afterDeadline = await checks.run(new Date('2099-01-11T00:00:00Z'));
    expect(afterDeadline).toMatchObject({ DEADLINE_PASSED: 1, RECTIFICATION_OVERDUE: 0 });
    // The extended branch is reminded before its own deadline, and told once it has passed.
    expect(await checks.run(new Date('2099-02-19T00:00:00Z'))).toMatchObject({
      DEADLINE_APPROACHING: 1,
      DEADLINE_PASSED: 0,
    });
    expect(await checks.run(new Date('2099-02-21T00:00:00Z'))).toMatchObject({
      DEADLINE_APPROACHING: 0,
      DEADLINE_PASSED: 1,
    });
    const kinds = (
      await ok<{ myNotifications: { kind: string }[] }>(MINE, {}, 'branchB1')
    ).myNotifications.map((n) => n.kind);
    expect(kinds.filter((k) => k.startsWith('DEADLINE_')).sort()).toEqual([
      'DEADLINE_APPROACHING',
      'DEADLINE_PASSED',
    ]);
  });
});
