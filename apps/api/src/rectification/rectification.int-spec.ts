import type { OrgTreeFixture } from '../../test/fixtures';
import type { TestApp } from '../../test/test-app';
import { ScheduledChecksService } from '../notifications/scheduled-checks.service';
import { download } from '../reports/testing/report-ops';
import * as XLSX from 'xlsx';
import {
  asInputs,
  COMMUNITY_VALUES,
  GET_ASSESSMENT,
  REVIEW,
  SAVE,
  SUBMIT,
} from '../assessments/testing/assessment-ops';
import {
  createRectificationFixture,
  type RectificationFixture,
  type RectificationWho,
} from './testing/rectification-fixture';

const ITEM = `id status version overdue indicatorCode pathCode branchId measures history { action fromStatus toStatus comment }`;
const CREATE = `mutation ($input: CreateRectificationInput!) { createRectification(input: $input) { ${ITEM} } }`;
const ANSWER = `mutation ($input: AnswerRectificationInput!) { answerRectification(input: $input) { ${ITEM} } }`;
const VERIFY = `mutation ($input: VerifyRectificationInput!) { verifyRectification(input: $input) { ${ITEM} } }`;
const LIST = `query ($f: RectificationFilterInput) { rectifications(filter: $f) { ${ITEM} } }`;
const MINE = `query { myNotifications { id kind targetId } unreadNotificationCount }`;
const MARK = `mutation { markNotificationsRead }`;
const REMIND = `mutation ($p: String!, $s: ID) { remindUnsubmitted(period: $p, scopeUnitId: $s) { day remindedBranchIds alreadyRemindedBranchIds } }`;
const EXTEND = `mutation ($input: ExtendDeadlineInput!) { extendDeadline(input: $input) { branchId deadline reason } }`;
const EXTENSIONS = `query ($p: String!) { deadlineExtensions(period: $p) { branchId deadline reason } }`;
const PROPOSALS = `query ($id: ID!) { rectificationProposals(assessmentId: $id) { indicatorCode reason points maxPoints problem { zh } } }`;
const LOG = `query ($p: String!) { submissionReminders(period: $p) { branchId day } }`;

type Who = RectificationWho;
interface Item {
  id: string;
  status: string;
  version: number;
  overdue: boolean;
  pathCode: string;
  history: { action: string; fromStatus: string | null; toStatus: string; comment: string | null }[];
}

describe('rectification (整改) and 催报 over GraphQL', () => {
  let t: TestApp;
  let tree: OrgTreeFixture;
  let tokens: Record<Who, string>;
  let assessmentA1: string;
  let ok: RectificationFixture['ok'];

  beforeAll(async () => {
    ({ t, tree, tokens, assessmentId: assessmentA1, ok } = await createRectificationFixture());
  });
  afterAll(() => t?.close());

  it('runs OPEN → ANSWERED → rejected OPEN → ANSWERED → CLOSED with history, audit and notifications', async () => {
    const input = {
      assessmentId: assessmentA1,
      indicatorCode: 'ORG_THEME_DAYS',
      problem: '主题党日开展不足',
      requiredAction: '补开主题党日',
      deadline: '2099-03-01T16:00:00.000Z',
    };
    // Roles and scope first: a branch may not open items; a reviewer of another street gets "missing".
    const byBranch = await t.gql(CREATE, { input }, tokens.branch);
    expect(byBranch.errors![0].extensions!['code']).toBe('FORBIDDEN');
    const foreign = await t.gql(CREATE, { input }, tokens.reviewerB);
    const missing = await t.gql(
      CREATE,
      { input: { ...input, assessmentId: '00000000-0000-4000-8000-000000000000' } },
      tokens.reviewerB,
    );
    expect(foreign.errors![0].extensions!['code']).toBe('NOT_FOUND');
    expect(foreign.errors![0].message).toBe(`Assessment ${assessmentA1} not found`);
    expect(missing.errors![0].extensions!['code']).toBe('NOT_FOUND');
    const badCode = await t.gql(CREATE, { input: { ...input, indicatorCode: 'NOPE' } }, tokens.reviewer);
    expect(badCode.errors![0].extensions!['field']).toBe('indicatorCode');

    let item = (await ok<{ createRectification: Item }>(CREATE, { input }, 'reviewer')).createRectification;
    expect(item).toMatchObject({ status: 'OPEN', version: 1, pathCode: 'ORGANIZATION', overdue: false });

    const branchInbox = await ok<{
      myNotifications: { kind: string; targetId: string }[];
      unreadNotificationCount: number;
    }>(MINE, {}, 'branch');
    // Newest first: the item, then the opening of the quarter (one notice per branch user).
    expect(branchInbox.myNotifications).toEqual([
      expect.objectContaining({ kind: 'RECTIFICATION_ASSIGNED', targetId: item.id }),
      expect.objectContaining({ kind: 'PERIOD_OPENED' }),
    ]);
    expect(branchInbox.unreadNotificationCount).toBe(2);
    // Another branch neither sees the item nor may answer it (answered as missing).
    expect((await ok<{ rectifications: Item[] }>(LIST, {}, 'branch2')).rectifications).toEqual([]);
    const stranger = await t.gql(
      ANSWER,
      { input: { id: item.id, expectedVersion: 1, measures: 'x' } },
      tokens.branch2,
    );
    expect(stranger.errors![0].message).toBe(`RectificationItem ${item.id} not found`);
    // The reviewer cannot accept an item nobody answered yet.
    const early = await t.gql(
      VERIFY,
      { input: { id: item.id, expectedVersion: 1, accept: true } },
      tokens.reviewer,
    );
    expect(early.errors![0].extensions!['reason']).toBe('INVALID_TRANSITION');

    item = (
      await ok<{ answerRectification: Item }>(
        ANSWER,
        { input: { id: item.id, expectedVersion: 1, measures: '已补开两次', evidence: '会议记录' } },
        'branch',
      )
    ).answerRectification;
    expect(item.status).toBe('ANSWERED');
    const stale = await t.gql(
      VERIFY,
      { input: { id: item.id, expectedVersion: 1, accept: true } },
      tokens.reviewer,
    );
    expect(stale.errors![0].extensions!['code']).toBe('CONFLICT');
    const noReason = await t.gql(
      VERIFY,
      { input: { id: item.id, expectedVersion: 2, accept: false } },
      tokens.reviewer,
    );
    expect(noReason.errors![0].extensions!['field']).toBe('reason');

    item = (
      await ok<{ verifyRectification: Item }>(
        VERIFY,
        { input: { id: item.id, expectedVersion: 2, accept: false, reason: '缺少照片' } },
        'reviewer',
      )
    ).verifyRectification;
    expect(item.status).toBe('OPEN');
    item = (
      await ok<{ answerRectification: Item }>(
        ANSWER,
        { input: { id: item.id, expectedVersion: 3, measures: '补充照片' } },
        'branch',
      )
    ).answerRectification;
    item = (
      await ok<{ verifyRectification: Item }>(
        VERIFY,
        { input: { id: item.id, expectedVersion: 4, accept: true } },
        'admin',
      )
    ).verifyRectification;
    expect(item.status).toBe('CLOSED');
    expect(item.history.map((h) => [h.action, h.fromStatus, h.toStatus, h.comment])).toEqual([
      ['CREATE', null, 'OPEN', '主题党日开展不足'],
      ['ANSWER', 'OPEN', 'ANSWERED', '已补开两次'],
      ['REJECT', 'ANSWERED', 'OPEN', '缺少照片'],
      ['ANSWER', 'OPEN', 'ANSWERED', '补充照片'],
      ['ACCEPT', 'ANSWERED', 'CLOSED', null],
    ]);
    const audit: { action: string }[] = await t.dataSource.query(
      `SELECT action FROM audit_event WHERE target_type = 'RectificationItem' AND target_id = $1 ORDER BY id`,
      [item.id],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'RECTIFICATION_CREATED',
      'RECTIFICATION_ANSWERED',
      'RECTIFICATION_REJECTED',
      'RECTIFICATION_ANSWERED',
      'RECTIFICATION_ACCEPTED',
    ]);
    const kinds = (await ok<{ myNotifications: { kind: string }[] }>(MINE, {}, 'branch')).myNotifications
      .map((n) => n.kind)
      .sort();
    expect(kinds).toEqual([
      'PERIOD_OPENED',
      'RECTIFICATION_ASSIGNED',
      'RECTIFICATION_REJECTED',
      'RECTIFICATION_VERIFIED',
    ]);
  });

  it('lists the 整改台账 by status and overdue, within scope', async () => {
    const base = { assessmentId: assessmentA1, problem: '问题', requiredAction: '整改' };
    const late = (
      await ok<{ createRectification: Item }>(
        CREATE,
        { input: { ...base, indicatorCode: 'SUP_SATISFACTION', deadline: '2020-01-01T00:00:00.000Z' } },
        'reviewer',
      )
    ).createRectification;
    expect(late.overdue).toBe(true);
    const overdue = (await ok<{ rectifications: Item[] }>(LIST, { f: { overdue: true } }, 'admin'))
      .rectifications;
    expect(overdue.map((i) => i.id)).toEqual([late.id]);
    const open = (
      await ok<{ rectifications: Item[] }>(
        LIST,
        { f: { status: 'OPEN', pathCode: 'SUPERVISION' } },
        'reviewer',
      )
    ).rectifications;
    expect(open.map((i) => i.id)).toEqual([late.id]);
    expect((await ok<{ rectifications: Item[] }>(LIST, {}, 'reviewerB')).rectifications).toEqual([]);
    expect(
      (await ok<{ rectifications: Item[] }>(LIST, { f: { status: 'CLOSED' } }, 'branch')).rectifications,
    ).toHaveLength(1);
  });

  it('exports the 整改台账 to Excel with the filters, within scope', async () => {
    const res = await download(t, '/api/rectifications/ledger.xlsx?overdue=true', tokens.admin);
    expect(res.status).toBe(200);
    const book = XLSX.read(res.body, { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<Record<string, string>>(book.Sheets['整改台账']);
    expect(rows.map((r) => [r['指标'], r['状态'], r['是否逾期']])).toEqual([
      ['SUP_SATISFACTION', '待整改', '逾期'],
    ]);
    // The closed item of the first test carries its whole history, one step a line, in district time.
    const closed = await download(t, '/api/rectifications/ledger.xlsx?status=CLOSED', tokens.admin);
    const [row] = XLSX.utils.sheet_to_json<Record<string, string>>(
      XLSX.read(closed.body, { type: 'buffer' }).Sheets['整改台账'],
    );
    expect([row['指标'], row['状态']]).toEqual(['ORG_THEME_DAYS', '已销号']);
    expect(row['整改记录'].split('\n').map((l) => l.replace(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} /, ''))).toEqual([
      '下发：主题党日开展不足',
      '反馈：已补开两次',
      '退回：缺少照片',
      '反馈：补充照片',
      '销号',
    ]);
    const all = await download(t, '/api/rectifications/ledger.xlsx', tokens.reviewerB);
    expect(XLSX.utils.sheet_to_json(XLSX.read(all.body, { type: 'buffer' }).Sheets['整改台账'])).toEqual([]);
    const bad = await download(t, '/api/rectifications/ledger.xlsx?status=DONE', tokens.admin);
    expect(bad.status).toBe(400);
  });

  it('催报 reminds exactly the unsubmitted branches in scope, once per branch per day', async () => {
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

  it('整改建议: proposes triggered vetoes and indicators under 60%, except those already being rectified', async () => {
    type Proposal = { indicatorCode: string; reason: string; points: number; maxPoints: number };
    const propose = async () =>
      (await ok<{ rectificationProposals: Proposal[] }>(PROPOSALS, { id: assessmentA1 }, 'reviewer'))
        .rectificationProposals;
    expect((await t.gql(PROPOSALS, { id: assessmentA1 }, tokens.reviewerB)).errors![0].message).toBe(
      `Assessment ${assessmentA1} not found`,
    );
    expect((await t.gql(PROPOSALS, { id: assessmentA1 }, tokens.branch)).errors![0].extensions!['code']).toBe(
      'FORBIDDEN',
    );
    const version = async () =>
      (
        await ok<{ assessment: { version: number } }>(
          GET_ASSESSMENT,
          { branchId: tree.branches[0].id, period: '2026Q2' },
          'branch',
        )
      ).assessment.version;
    await ok(
      SAVE,
      {
        id: assessmentA1,
        v: await version(),
        values: asInputs({ ...COMMUNITY_VALUES, ORG_MEETINGS: { numerator: 3, denominator: 12 } }),
      },
      'branch',
    );
    let proposals = await propose();
    expect(proposals.find((p) => p.indicatorCode === 'ORG_MEETINGS')).toMatchObject({ reason: 'LOW_SCORE' });
    expect(proposals.every((p) => p.reason === 'LOW_SCORE' && p.points < 0.6 * p.maxPoints)).toBe(true);
    // SUP_SATISFACTION has an open item already; ORG_THEME_DAYS' item is closed, so it may be proposed again.
    expect(proposals.map((p) => p.indicatorCode)).not.toContain('SUP_SATISFACTION');
    await ok(
      SAVE,
      { id: assessmentA1, v: await version(), values: asInputs({ INT_SERIOUS_VIOLATION_VETO: true }) },
      'branch',
    );
    proposals = await propose();
    expect(proposals.filter((p) => p.reason === 'VETO').map((p) => p.indicatorCode)).toEqual([
      'INT_SERIOUS_VIOLATION_VETO',
    ]);
  });
});
