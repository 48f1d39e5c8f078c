import { download } from '../reports/testing/report-ops';
import * as XLSX from 'xlsx';
import { asInputs, COMMUNITY_VALUES, GET_ASSESSMENT, SAVE } from '../assessments/testing/assessment-ops';
import { SMALL_PDF } from '../evidence/testing/evidence-ops';
import {
  ANSWER,
  CREATE,
  LIST,
  MINE,
  PROPOSALS,
  VERIFY,
  useRectificationSuite,
  type Item,
} from './rectification.int-fixtures';

// 整改 items: the OPEN → CLOSED loop, the 整改台账 and its Excel export, and 整改建议.
describe('rectification (整改) and 催报 over GraphQL', () => {
  const suite = useRectificationSuite();

  it('runs OPEN → ANSWERED → rejected OPEN → ANSWERED → CLOSED with history, audit and notifications', async () => {
    const { t, tokens, assessmentId: assessmentA1, ok } = suite;
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
      myNotifications: { kind: string; targetId: string; about: Record<string, unknown> }[];
      unreadNotificationCount: number;
    }>(MINE, {}, 'branch');
    // Newest first: the item, then the opening of the quarter (one notice per branch user), each with
    // what it is about: the item's quarter, branch and indicator (by name); the period's quarter.
    const branchName = suite.tree.branches[0].name;
    expect(branchInbox.myNotifications).toEqual([
      expect.objectContaining({
        kind: 'RECTIFICATION_ASSIGNED',
        targetId: item.id,
        about: {
          periodCode: '2026Q2',
          branchName,
          indicatorName: { zh: '主题党日', en: 'Themed Party days' },
        },
      }),
      expect.objectContaining({
        kind: 'PERIOD_OPENED',
        about: { periodCode: '2026Q2', branchName: null, indicatorName: null },
      }),
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
    // Why it came back, by whom and when, on the item itself (the branch's card and answer dialog).
    expect(item.lastRejection).toEqual({
      reason: '缺少照片',
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T.*Z$/),
      by: expect.stringMatching(/^reviewer-/),
    });
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
    const { assessmentId: assessmentA1, ok } = suite;
    const base = { assessmentId: assessmentA1, problem: '问题', requiredAction: '整改' };
    const late = (
      await ok<{ createRectification: Item }>(
        CREATE,
        { input: { ...base, indicatorCode: 'SUP_SATISFACTION', deadline: '2020-01-01T00:00:00.000Z' } },
        'reviewer',
      )
    ).createRectification;
    expect(late.overdue).toBe(true);
    // Names from the framework of the item's quarter, for the screen and the export alike.
    expect([late.pathName, late.indicatorName]).toEqual([
      { zh: '党内监督', en: 'Intra-Party supervision' },
      { zh: '民意调查满意度', en: 'Satisfaction in the public opinion survey' },
    ]);
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
    const { t, tokens } = suite;
    const res = await download(t, '/api/rectifications/ledger.xlsx?overdue=true', tokens.admin);
    expect(res.status).toBe(200);
    const book = XLSX.read(res.body, { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<Record<string, string>>(book.Sheets['整改台账']);
    // Names, not codes; the deadline (2020-01-01T00:00Z) in the district's zone (Asia/Shanghai here).
    expect(rows.map((r) => [r['路径'], r['指标'], r['整改期限'], r['状态'], r['是否逾期']])).toEqual([
      ['党内监督', '民意调查满意度', '2020-01-01 08:00', '待整改', '逾期'],
    ]);
    expect(rows[0]['季度']).toMatch(/^\d{4}年第[一二三四]季度$/);
    // The screen's path and indicator filters hold in the file too.
    const names = async (query: string) =>
      XLSX.utils
        .sheet_to_json<Record<string, string>>(
          XLSX.read((await download(t, `/api/rectifications/ledger.xlsx?${query}`, tokens.admin)).body, {
            type: 'buffer',
          }).Sheets['整改台账'],
        )
        .map((r) => r['指标']);
    expect(await names('path=SUPERVISION')).toEqual(['民意调查满意度']);
    expect(await names('indicator=ORG_THEME_DAYS')).toEqual(['主题党日']);
    expect(await names('path=INTEGRITY')).toEqual([]);
    const tooLong = await download(
      t,
      `/api/rectifications/ledger.xlsx?path=${'P'.repeat(101)}`,
      tokens.admin,
    );
    expect(tooLong.status).toBe(400);
    expect(tooLong.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'path' });
    // The closed item of the first test carries its whole history, one step a line, in district time.
    const closed = await download(t, '/api/rectifications/ledger.xlsx?status=CLOSED', tokens.admin);
    const [row] = XLSX.utils.sheet_to_json<Record<string, string>>(
      XLSX.read(closed.body, { type: 'buffer' }).Sheets['整改台账'],
    );
    expect([row['路径'], row['指标'], row['状态']]).toEqual(['组织建设', '主题党日', '已销号']);
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

  it('整改建议: proposes triggered vetoes and indicators under 60%, except those already being rectified', async () => {
    const { t, tree, tokens, assessmentId: assessmentA1, ok } = suite;
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

  it('退回: the branch is told why (short in the notice), and the export lists the answer files apart from the note', async () => {
    const { t, tokens, assessmentId, ok } = suite;
    let item = (
      await ok<{ createRectification: Item }>(
        CREATE,
        {
          input: {
            assessmentId,
            indicatorCode: 'ORG_MEETINGS',
            problem: '三会一课记录不全',
            requiredAction: '补齐记录并上传考核表',
            deadline: '2099-03-01T16:00:00.000Z',
          },
        },
        'reviewer',
      )
    ).createRectification;
    expect(item.lastRejection).toBeNull();
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(SMALL_PDF)]), '考核表.pdf');
    const upload = await fetch(`${t.url}/api/evidence?rectificationItemId=${item.id}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.branch}` },
      body: form,
    });
    expect(upload.status).toBe(201);
    item = (
      await ok<{ answerRectification: Item }>(
        ANSWER,
        {
          input: { id: item.id, expectedVersion: 1, measures: '已补齐记录', evidence: '考核表扫描件见附件' },
        },
        'branch',
      )
    ).answerRectification;

    const [row] = XLSX.utils.sheet_to_json<Record<string, string>>(
      XLSX.read(
        (await download(t, '/api/rectifications/ledger.xlsx?indicator=ORG_MEETINGS', tokens.admin)).body,
        {
          type: 'buffer',
        },
      ).Sheets['整改台账'],
    );
    expect([row['整改措施'], row['佐证材料说明'], row['佐证文件']]).toEqual([
      '已补齐记录',
      '考核表扫描件见附件',
      '考核表.pdf',
    ]);

    const reason = `考核表扫描件不清晰，${'请重新扫描并上传清晰的考核表原件，'.repeat(8)}谢谢`;
    item = (
      await ok<{ verifyRectification: Item }>(
        VERIFY,
        { input: { id: item.id, expectedVersion: 2, accept: false, reason } },
        'reviewer',
      )
    ).verifyRectification;
    // The item keeps the whole reason; the notice quotes it short.
    expect(item).toMatchObject({ status: 'OPEN', lastRejection: { reason } });
    const [notice]: { payload: { reason: string } }[] = await t.dataSource.query(
      `SELECT payload FROM notification WHERE kind = 'RECTIFICATION_REJECTED' AND target_id = $1`,
      [item.id],
    );
    expect(Array.from(notice.payload.reason)).toHaveLength(80);
    expect(notice.payload.reason).toMatch(/^考核表扫描件不清晰，请重新扫描.*…$/);
    // The branch sees it on the ledger as well as in the notice.
    const mine = (
      await ok<{ rectifications: Item[] }>(LIST, { f: { indicatorCode: 'ORG_MEETINGS' } }, 'branch')
    ).rectifications;
    expect(mine.map((i) => i.lastRejection?.reason)).toEqual([reason]);
  });
});
