import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signIn } from './pages/login.page';
import { confirmDialog } from './pages/shell';
import { PHONE, useBrowser } from './support/browser';
import { ensureEditable, ownAssessment, PERIOD } from './support/demo';
import { Api } from './support/graphql';
import { screenshot } from './support/screenshots';
import { eventually, step } from './support/steps';

// Unique per run, so the rows of this run are told apart from earlier runs' on the same database.
const REQUIRED_ACTION = `e2e：本季度补开一次主题党日，并上传会议记录（${Date.now()}）`;
const MEASURES = 'e2e：已于本月补开主题党日，全体党员参加';
const EVIDENCE = 'e2e：主题党日会议记录及签到表各 1 份';
const ANSWER_FILE = `整改会议记录-${Date.now()}.pdf`;
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
);

interface LedgerItem {
  id: string;
  indicatorCode: string;
  pathCode: string;
  pathName: { zh: string };
  indicatorName: { zh: string };
  status: string;
  requiredAction: string;
  history: { action: string; comment: string | null; at: string; files: { name: string }[] }[];
}

/** The quarter as the export names it: 2026Q4 → 2026年第四季度. */
const QUARTER_LABEL = `${PERIOD.slice(0, 4)}年第${'一二三四'[Number(PERIOD.slice(5)) - 1]}季度`;

/** A time as the export writes it: the district's wall clock (Asia/Shanghai), to the minute. */
function districtMinute(at: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(at));
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/** The rows of the downloaded 整改台账 sheet, keyed by the header row's titles. */
async function ledgerSheet(file: string): Promise<Record<string, string>[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.getWorksheet('整改台账');
  if (!sheet) throw new Error(`no sheet 整改台账 in ${file}`);
  const headers: [number, string][] = [];
  sheet.getRow(1).eachCell((cell, column) => headers.push([column, cell.text]));
  const rows: Record<string, string>[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push(Object.fromEntries(headers.map(([column, h]) => [h, row.getCell(column).text])));
  });
  return rows;
}

async function ledger(api: Api): Promise<LedgerItem[]> {
  const { rectifications } = await api.as<{ rectifications: LedgerItem[] }>(
    'reviewer',
    `query L($p: String) { rectifications(filter: { periodCode: $p }) { id indicatorCode pathCode pathName { zh } indicatorName { zh } status requiredAction history { action comment at files { name } } } }`,
    { p: PERIOD },
  );
  return rectifications.filter((r) => r.requiredAction === REQUIRED_ACTION);
}

describe('the rectification (整改) loop, through the screens of the reviewer and the branch', () => {
  const browser = useBrowser();
  const api = new Api();

  it('reviewer approves with a confirmed proposal → branch is notified and answers with evidence → reviewer closes it → the 台账 shows it closed with its history', async () => {
    // Start from a submitted assessment of the demo branch (whatever earlier specs left).
    const start = await ensureEditable(api);
    await api.as(
      'branch',
      `mutation S($id: ID!, $v: Int!) { submitAssessment(assessmentId: $id, expectedVersion: $v) { id } }`,
      { id: start.id, v: start.version },
    );
    expect((await ownAssessment(api)).status).toBe('SUBMITTED');
    const before = (await ledger(api)).map((r) => r.id);

    const reviewerPage = await browser.newPage();
    const indicatorCode = await step('1. the reviewer confirms a proposal and approves with it', async () => {
      await signIn(reviewerPage, 'reviewer');
      await reviewerPage.goto(`/review/${start.branchId}?period=${PERIOD}`);
      await reviewerPage.getByRole('heading', { name: `审核：${start.branch.name}` }).waitFor();
      const panel = reviewerPage.locator('.ant-card').filter({ hasText: '整改建议' });
      await panel.getByRole('button', { name: '确认建议' }).first().click();
      const dialog = reviewerPage.getByRole('dialog').filter({ hasText: '下发整改事项' });
      await dialog.waitFor();
      // The proposal's indicator, chosen for the reviewer and shown by its name.
      const name = (await dialog.locator('.ant-select-selection-item').textContent()) ?? '';
      expect(name).not.toBe('');
      expect(name).not.toMatch(/^[A-Z_]+$/);
      await dialog.getByLabel('整改要求').fill(REQUIRED_ACTION);
      const pending = reviewerPage.getByTestId('pending-rectifications');
      await confirmDialog(dialog, pending.getByText(name, { exact: true }));
      await reviewerPage.getByText('随本次审核下发的整改事项（1项）').waitFor();
      await screenshot(reviewerPage, 'loop-1-review-with-rectification');
      // Nothing is assigned before the decision.
      expect(await ledger(api)).toHaveLength(before.length);

      await reviewerPage.getByRole('toolbar').getByRole('button', { name: '审核通过' }).click();
      const confirm = reviewerPage.getByRole('dialog').filter({ hasText: '确认审核通过？' });
      await confirm.getByText('确认的 1 项整改事项将一并下发给支部。').waitFor();
      await confirm.getByRole('button', { name: '审核通过' }).click();
      await reviewerPage.waitForURL((url) => url.pathname === '/review');
      expect((await ownAssessment(api)).status).toBe('APPROVED');
      const created = (await ledger(api)).filter((r) => !before.includes(r.id));
      expect(created.map((r) => [r.indicatorName.zh, r.status])).toEqual([[name, 'OPEN']]);
      return created[0].indicatorCode;
    });

    // The branch secretary works on a phone: the ledger is a card per item, its action a full-width button.
    const branchPage = await browser.newPage(PHONE);
    await step('2. the branch sees the notification and answers with evidence, on a phone', async () => {
      await signIn(branchPage, 'branch');
      await branchPage.getByTestId('notification-bell').click();
      await branchPage.getByText('收到新的整改事项').first().click();
      await branchPage.waitForURL((url) => url.pathname === '/rectification');
      const row = branchPage.getByTestId('ledger-card').filter({ hasText: REQUIRED_ACTION });
      await row.getByText('待整改').waitFor();
      const [assigned] = (await ledger(api)).filter((r) => r.indicatorCode === indicatorCode);
      await row.getByText(assigned.indicatorName.zh, { exact: true }).waitFor();
      await screenshot(branchPage, 'loop-2-branch-ledger-open');
      await row.getByRole('button', { name: '反馈整改' }).click();
      const dialog = branchPage.getByRole('dialog').filter({ hasText: '反馈整改情况' });
      await dialog.getByLabel('已采取的整改措施').fill(MEASURES);
      await dialog.getByLabel('佐证材料说明（可选）').fill(EVIDENCE);
      // A file goes with the answer through the usual evidence upload; it shows once stored.
      await dialog.locator('input[type=file]').first().setInputFiles({
        name: ANSWER_FILE,
        mimeType: 'application/pdf',
        buffer: PDF,
      });
      // Stored: listed from the server (with its 删除), no longer in the upload list.
      await dialog.getByRole('button', { name: `删除 ${ANSWER_FILE}` }).waitFor();
      await dialog.locator('.ant-upload-list-item').first().waitFor({ state: 'detached' });
      await confirmDialog(dialog, row.getByText('已反馈待核验'));
      expect((await ledger(api)).find((r) => r.indicatorCode === indicatorCode)?.status).toBe('ANSWERED');
    });

    await step('3. the reviewer reads the answer and closes the item', async () => {
      await reviewerPage.goto('/rectification');
      const row = reviewerPage.getByRole('row').filter({ hasText: REQUIRED_ACTION });
      await row.getByText('已反馈待核验').waitFor();
      await row.getByRole('button', { name: /^核\s*验$/ }).click();
      const dialog = reviewerPage.getByRole('dialog').filter({ hasText: '核验整改情况' });
      await dialog.getByText(MEASURES).waitFor();
      await dialog.getByText(EVIDENCE).waitFor();
      await dialog.getByText('佐证材料说明', { exact: true }).waitFor();
      await dialog.getByTestId('verify-answer-files').getByText(ANSWER_FILE, { exact: true }).waitFor();
      await dialog.getByRole('button', { name: '通过并销号' }).click();
      await row.getByText('已销号').waitFor();
    });

    const closed = await step('4. the 台账 shows it closed, with its history', async () => {
      const row = reviewerPage.getByRole('row').filter({ hasText: REQUIRED_ACTION });
      await row.getByRole('button', { name: /展开|Expand/ }).click();
      const history = reviewerPage.locator('.ant-timeline');
      await history.getByText(/下发/).first().waitFor();
      await history.getByText(new RegExp(`反馈：${MEASURES}`)).waitFor();
      await history.getByText(/销号/).first().waitFor();
      await history
        .getByTestId('rectification-answer-files')
        .getByText(ANSWER_FILE, { exact: true })
        .waitFor();
      await screenshot(reviewerPage, 'loop-4-ledger-closed-history');
      const item = await eventually(async () => {
        const [found] = (await ledger(api)).filter((r) => r.indicatorCode === indicatorCode);
        expect(found.status).toBe('CLOSED');
        return found;
      });
      expect(item.history.map((h) => [h.action, h.files.map((f) => f.name)])).toEqual([
        ['CREATE', []],
        ['ANSWER', [ANSWER_FILE]],
        ['ACCEPT', []],
      ]);
      return item;
    });

    await step(
      '5. filtered by its path, by name, the 台账 and its Excel export show the closed item',
      async () => {
        const row = reviewerPage.getByRole('row').filter({ hasText: REQUIRED_ACTION });
        // Names, not codes: the indicator, and its path under it.
        await row.getByText(closed.indicatorName.zh, { exact: true }).waitFor();
        await row.getByText(closed.pathName.zh, { exact: true }).waitFor();
        await reviewerPage
          .locator('.ant-select')
          .filter({ has: reviewerPage.getByLabel('路径', { exact: true }) })
          .click();
        await reviewerPage
          .locator('.ant-select-item-option')
          .filter({ hasText: new RegExp(`^${closed.pathName.zh}$`) })
          .click();
        await reviewerPage.waitForURL((url) => url.searchParams.get('path') === closed.pathCode);
        await row.getByText('已销号').waitFor();
        const [download] = await Promise.all([
          reviewerPage.waitForEvent('download', { timeout: 60_000 }),
          reviewerPage.getByRole('button', { name: /导出 Excel/ }).click(),
        ]);
        expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
        const file = join(mkdtempSync(join(tmpdir(), 'pb-e2e-')), 'ledger.xlsx');
        await download.saveAs(file);
        const sheet = await ledgerSheet(file);
        // The file lists what the screen lists: the chosen path's items only.
        expect(new Set(sheet.map((r) => r['路径']))).toEqual(new Set([closed.pathName.zh]));
        const rows = sheet.filter((r) => r['整改要求'] === REQUIRED_ACTION);
        expect(rows).toHaveLength(1);
        const [exported] = rows;
        // The note and the files sent with the answer, each in its own column.
        expect(
          ['支部', '季度', '指标', '状态', '整改措施', '佐证材料说明', '佐证文件'].map(
            (column) => exported[column],
          ),
        ).toEqual([
          start.branch.name,
          QUARTER_LABEL,
          closed.indicatorName.zh,
          '已销号',
          MEASURES,
          EVIDENCE,
          ANSWER_FILE,
        ]);
        // 整改记录: one step a line, in district time: assigned, answered (with its file), closed.
        const [create, answer, accept] = closed.history;
        expect(exported['整改记录'].split('\n')).toEqual([
          `${districtMinute(create.at)} 下发：${create.comment}`,
          `${districtMinute(answer.at)} 反馈：${MEASURES}（附件：${ANSWER_FILE}）`,
          `${districtMinute(accept.at)} 销号${accept.comment ? `：${accept.comment}` : ''}`,
        ]);
      },
    );
  });
  it('催报 from the overview reaches exactly the unsubmitted branches in scope, and the branch sees it', async () => {
    // The demo branch is one of them, whatever earlier specs left (approved above → reopened).
    const own = await ensureEditable(api);
    const { me } = await api.as<{ me: { scopeUnitId: string } }>('reviewer', 'query { me { scopeUnitId } }');
    const { scoreboard } = await api.as<{
      scoreboard: { branches: { id: string; name: string; status: string | null }[] };
    }>(
      'reviewer',
      'query S($p: String!, $u: ID!) { scoreboard(period: $p, unitId: $u) { branches { id name status } } }',
      { p: PERIOD, u: me.scopeUnitId },
    );
    // Not yet submitted: anything but SUBMITTED (awaiting review) or APPROVED.
    const unsubmitted = scoreboard.branches
      .filter((b) => b.status !== 'SUBMITTED' && b.status !== 'APPROVED')
      .map((b) => b.id)
      .sort();
    expect(unsubmitted).toContain(own.branchId);

    const reviewerPage = await browser.newPage();
    const result = await step('1. the reviewer clicks 一键催报 on the overview', async () => {
      await signIn(reviewerPage, 'reviewer');
      await reviewerPage.goto(`/overview?${new URLSearchParams({ period: PERIOD, unit: me.scopeUnitId })}`);
      await reviewerPage.getByRole('heading', { name: /2026年第四季度$/ }).waitFor();
      await reviewerPage.getByTestId('remind-unsubmitted').click();
      const confirm = reviewerPage.locator('.ant-popconfirm').filter({ hasText: '发送催报通知' });
      const [response] = await Promise.all([
        reviewerPage.waitForResponse(
          (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('remindUnsubmitted'),
        ),
        confirm.getByRole('button', { name: /^(OK|确\s*定)$/ }).click(),
      ]);
      const body = (await response.json()) as {
        data: { remindUnsubmitted: { remindedBranchIds: string[]; alreadyRemindedBranchIds: string[] } };
      };
      return body.data.remindUnsubmitted;
    });

    await step(
      '2. the UI reports exactly the unsubmitted branches, reminded now or already today',
      async () => {
        const { remindedBranchIds: now, alreadyRemindedBranchIds: earlier } = result;
        expect([...now, ...earlier].sort()).toEqual(unsubmitted);
        // A second run on the same server the same day reminds nobody twice, and says so.
        if (now.length) await reviewerPage.getByText(`已催报 ${now.length} 个支部`).waitFor();
        if (earlier.length) await reviewerPage.getByText(`${earlier.length} 个支部今日已催报过`).waitFor();
        await screenshot(reviewerPage, 'loop-5-overview-reminded');
        // Clicking again the same day (on a fresh load of the overview) reminds nobody: all of them
        // count as already reminded.
        await reviewerPage.reload();
        await reviewerPage.getByRole('heading', { name: /2026年第四季度$/ }).waitFor();
        await reviewerPage.getByTestId('remind-unsubmitted').click();
        await reviewerPage
          .locator('.ant-popconfirm')
          .filter({ hasText: '发送催报通知' })
          .getByRole('button', { name: /^(OK|确\s*定)$/ })
          .click();
        await reviewerPage.getByText(`${unsubmitted.length} 个支部今日已催报过`).waitFor();
        // The 催报记录 lists the demo branch with today's reminder.
        await reviewerPage.getByRole('button', { name: '催报记录' }).click();
        const log = reviewerPage.getByRole('dialog').filter({ hasText: '催报记录' });
        await log.getByRole('cell', { name: own.branch.name, exact: true }).first().waitFor();
      },
    );

    await step('3. the branch sees the reminder in its notification centre', async () => {
      const branchPage = await browser.newPage();
      await signIn(branchPage, 'branch');
      await branchPage.getByTestId('notification-bell').click();
      await branchPage.getByText('上级党（工）委催报：请尽快提交季度考评').first().waitFor();
      await screenshot(branchPage, 'loop-6-branch-reminded');
    });
  });
});
