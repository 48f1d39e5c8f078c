import { defaultFramework } from '@pathboard/frameworks';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { createUserFixture, seedOrgTree, type OrgTreeFixture } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import type { AuthUser } from '../auth/auth-user';
import { Role } from '../auth/role.enum';
import {
  asInputs,
  COMMUNITY_VALUES,
  GET_ASSESSMENT,
  IMPORT_FRAMEWORK,
  OPEN_PERIOD,
  SAVE,
  SUBMIT,
} from '../assessments/testing/assessment-ops';
import { PINO_LOGGER } from '../common/logger';
import { APP_CONFIG } from '../config/app-config';
import { download } from '../reports/testing/report-ops';
import * as XLSX from 'xlsx';
import { RectificationCountsService } from './rectification-counts.service';
import { FrameworksService } from '../frameworks/frameworks.service';
import { NotificationMailerService } from '../notifications/notification-mailer.service';

const REVIEW = `mutation ($id: ID!, $v: Int!, $d: ReviewDecision!, $c: String, $r: [RectificationDraftInput!]) {
  reviewAssessment(assessmentId: $id, expectedVersion: $v, decision: $d, comment: $c, rectifications: $r) { status version } }`;
const LIST = `query { rectifications { assessmentId indicatorCode status problem history { action toStatus } } }`;
const MINE = `query { myNotifications { kind targetType about { periodCode branchName } } }`;
const SETTINGS = `query { myNotificationSettings { email emailNotifications mailEnabled } }`;
const SET = `mutation ($i: NotificationSettingsInput!) { updateMyNotificationSettings(input: $i) { email emailNotifications mailEnabled } }`;

interface Received {
  to: string[];
  subject: string;
  text: string;
}

/** A real SMTP server on 127.0.0.1 (the smtp-server package) that keeps what it receives. */
async function startSmtp(port: number): Promise<{ received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return { received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('rectifications inside a review, and notification e-mail', () => {
  const SMTP_PORT = 41500 + Math.floor(Math.random() * 50);
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let t: TestApp;
  let tree: OrgTreeFixture;
  let adminId: string;
  const tokens: Record<'admin' | 'reviewer' | 'branch' | 'branchOptOut', string> = {} as never;

  async function ok<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const r = await t.gql<T>(query, variables, token);
    expect(r.errors).toBeUndefined();
    return r.data!;
  }

  beforeAll(async () => {
    smtp = await startSmtp(SMTP_PORT);
    t = await createTestApp({
      env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(SMTP_PORT), SMTP_FROM: 'Pathboard <pb@example.org>' },
    });
    tree = await seedOrgTree(t.dataSource);
    const [admin, reviewer, branch, optOut] = await Promise.all([
      createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: tree.district.id }),
      createUserFixture(t.dataSource, { role: Role.REVIEWER, scopeUnitId: tree.streets[0].id }),
      createUserFixture(t.dataSource, { role: Role.BRANCH, scopeUnitId: tree.branches[0].id }),
      createUserFixture(t.dataSource, { role: Role.BRANCH, scopeUnitId: tree.branches[0].id }),
    ]);
    adminId = admin.user.id;
    tokens.admin = t.signToken(admin.user);
    tokens.reviewer = t.signToken(reviewer.user);
    tokens.branch = t.signToken(branch.user);
    tokens.branchOptOut = t.signToken(optOut.user);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('validates and keeps each user’s own e-mail settings', async () => {
    expect(await ok(SETTINGS, {}, tokens.branch)).toEqual({
      myNotificationSettings: { email: null, emailNotifications: true, mailEnabled: true },
    });
    const bad = await t.gql(SET, { i: { email: 'not-an-address', emailNotifications: true } }, tokens.branch);
    expect(bad.errors![0].extensions!['field']).toBe('email');
    await ok(SET, { i: { email: ' branch@example.org ', emailNotifications: true } }, tokens.branch);
    await ok(SET, { i: { email: 'quiet@example.org', emailNotifications: false } }, tokens.branchOptOut);
    expect(await ok(SETTINGS, {}, tokens.branch)).toEqual({
      myNotificationSettings: { email: 'branch@example.org', emailNotifications: true, mailEnabled: true },
    });
  });

  it('approve opens the confirmed items in the same transaction; a bad item rolls the approval back', async () => {
    const fw = await ok<{ importFramework: { id: string } }>(
      IMPORT_FRAMEWORK,
      { d: defaultFramework },
      tokens.admin,
    );
    await ok(
      OPEN_PERIOD,
      { code: '2026Q3', frameworkId: fw.importFramework.id, deadline: '2099-01-10T16:00:00.000Z' },
      tokens.admin,
    );
    const load = async () =>
      (
        await ok<{ assessment: { id: string; version: number } }>(
          GET_ASSESSMENT,
          { branchId: tree.branches[0].id, period: '2026Q3' },
          tokens.branch,
        )
      ).assessment;
    let a = await load();
    await ok(SAVE, { id: a.id, v: a.version, values: asInputs(COMMUNITY_VALUES) }, tokens.branch);
    a = await load();
    await ok(SUBMIT, { id: a.id, v: a.version }, tokens.branch);
    a = await load();
    const item = {
      indicatorCode: 'ORG_THEME_DAYS',
      problem: '主题党日开展不足',
      requiredAction: '补开主题党日',
      deadline: '2099-03-01T16:00:00.000Z',
    };
    const bad = await t.gql(
      REVIEW,
      { id: a.id, v: a.version, d: 'APPROVE', r: [item, { ...item, indicatorCode: 'NOPE' }] },
      tokens.reviewer,
    );
    expect(bad.errors![0].extensions!['field']).toBe('rectifications.1.indicatorCode');
    const empty = await t.gql(
      REVIEW,
      { id: a.id, v: a.version, d: 'APPROVE', r: [{ ...item, problem: '  ' }] },
      tokens.reviewer,
    );
    expect(empty.errors![0].extensions!['field']).toBe('rectifications.0.problem');
    // Nothing of the refused reviews stayed.
    expect((await ok<{ rectifications: unknown[] }>(LIST, {}, tokens.reviewer)).rectifications).toEqual([]);
    expect((await load()).version).toBe(a.version);

    const approved = await ok<{ reviewAssessment: { status: string } }>(
      REVIEW,
      { id: a.id, v: a.version, d: 'APPROVE', r: [item] },
      tokens.reviewer,
    );
    expect(approved.reviewAssessment.status).toBe('APPROVED');
    expect((await ok<{ rectifications: unknown[] }>(LIST, {}, tokens.branch)).rectifications).toEqual([
      {
        assessmentId: a.id,
        indicatorCode: 'ORG_THEME_DAYS',
        status: 'OPEN',
        problem: '主题党日开展不足',
        history: [{ action: 'CREATE', toStatus: 'OPEN' }],
      },
    ]);
    type Mine = { kind: string; about: { periodCode: string | null; branchName: string | null } };
    const inbox = (await ok<{ myNotifications: Mine[] }>(MINE, {}, tokens.branch)).myNotifications;
    expect(inbox.map((n) => n.kind).sort()).toEqual([
      'ASSESSMENT_APPROVED',
      'PERIOD_OPENED',
      'RECTIFICATION_ASSIGNED',
    ]);
    // An assessment's notice is about its quarter and branch, as an item's is.
    const approvedNotice = inbox.find((n) => n.kind === 'ASSESSMENT_APPROVED')!;
    const itemNotice = inbox.find((n) => n.kind === 'RECTIFICATION_ASSIGNED')!;
    expect(approvedNotice.about.branchName).not.toBeNull();
    expect(approvedNotice.about).toEqual(itemNotice.about);
  });

  it('counts the items on the overview and lists the unclosed ones in the quarterly workbook', async () => {
    const COUNTS = `query ($u: ID) { rectificationCounts(unitId: $u) { open answered closed overdue } }`;
    expect(await ok(COUNTS, { u: tree.district.id }, tokens.admin)).toEqual({
      rectificationCounts: { open: 1, answered: 0, closed: 0, overdue: 0 },
    });
    // The other street has none; the street reviewer cannot see the district (answered as missing).
    expect(await ok(COUNTS, { u: tree.streets[1].id }, tokens.admin)).toEqual({
      rectificationCounts: { open: 0, answered: 0, closed: 0, overdue: 0 },
    });
    const out = await t.gql(COUNTS, { u: tree.district.id }, tokens.reviewer);
    expect(out.errors![0].extensions!['code']).toBe('NOT_FOUND');
    // The ledger the counts link to lists the same items: under the unit, by status / overdue.
    const UNDER = `query ($f: RectificationFilterInput) { rectifications(filter: $f) { indicatorCode } }`;
    const under = async (f: Record<string, unknown>, token = tokens.admin) =>
      (await ok<{ rectifications: unknown[] }>(UNDER, { f }, token)).rectifications.length;
    expect(await under({ unitId: tree.district.id, status: 'OPEN' })).toBe(1);
    expect(await under({ unitId: tree.streets[0].id, status: 'OPEN' }, tokens.reviewer)).toBe(1);
    expect(await under({ unitId: tree.streets[1].id, status: 'OPEN' })).toBe(0);
    expect(await under({ unitId: tree.district.id, status: 'ANSWERED' })).toBe(0);
    expect(await under({ unitId: tree.district.id, overdue: true })).toBe(0);
    const outLedger = await t.gql(UNDER, { f: { unitId: tree.district.id } }, tokens.reviewer);
    expect(outLedger.errors![0].extensions!['code']).toBe('NOT_FOUND');
    // After the item's deadline it counts as overdue too.
    const admin: AuthUser = {
      id: adminId,
      username: 'admin',
      displayName: 'admin',
      role: Role.ADMIN,
      scopeUnitId: tree.district.id,
      scopePath: tree.district.path,
      districtId: tree.district.id,
    };
    const overdue = await t.app
      .get(RectificationCountsService)
      .counts(admin, null, new Date('2099-03-02T00:00:00Z'));
    expect(overdue).toMatchObject({ open: 1, overdue: 1 });

    const res = await download(
      t,
      `/api/reports/quarterly.xlsx?unitId=${tree.district.id}&period=2026Q3`,
      tokens.admin,
    );
    expect(res.status).toBe(200);
    const sheet = XLSX.read(res.body, { type: 'buffer' }).Sheets['整改事项'];
    const rows = XLSX.utils.sheet_to_json<Record<string, string>>(sheet);
    expect(rows.map((r) => [r['支部名称'], r['存在问题'], r['状态']])).toEqual([
      [tree.branches[0].name, '主题党日开展不足', '待整改'],
    ]);
  });

  it('mails each notification once, to opted-in users only, across overlapping and repeated passes', async () => {
    const mailer = t.app.get(NotificationMailerService);
    // Two passes at once (as two processes would) and one after: each row is claimed once.
    const other = new NotificationMailerService(
      t.dataSource,
      t.app.get(APP_CONFIG),
      t.app.get(PINO_LOGGER),
      t.app.get(FrameworksService),
    );
    const [first, second] = await Promise.all([mailer.run(), other.run()]);
    expect(first.sent + second.sent).toBe(3);
    expect(await mailer.run()).toEqual({ sent: 0, failed: 0 });
    other.onModuleDestroy();
    expect(smtp.received).toHaveLength(3);
    expect(smtp.received.every((m) => m.to.join() === 'branch@example.org')).toBe(true);
    expect(smtp.received.map((m) => m.subject).sort()).toEqual([
      '[Pathboard] 新的整改事项 / New rectification item',
      '[Pathboard] 考评周期已开启 / A quarter is open',
      '[Pathboard] 考评已审核通过 / Assessment approved',
    ]);
    const assigned = smtp.received.find((m) => m.subject.includes('整改'))!;
    // The indicator by name, the quarter in words, as the ledger shows them.
    expect(assigned.text).toContain('指标（Indicator）：主题党日（Themed Party days）');
    expect(assigned.text).toMatch(/考评周期（Quarter）：\d{4}年第[一二三四]季度/);
    const [row] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM notification WHERE email_sent_at IS NOT NULL`,
    );
    expect(row.n).toBe(3);
  });
});
