import type { Locator, Page } from 'playwright-core';
import { PERIOD } from '../support/demo';

/** /review (the queue, submitted first) and /review/:branchId (one assessment under review). */
export class ReviewPage {
  constructor(readonly page: Page) {}

  async openQueue(): Promise<this> {
    await this.page.goto(`/review?period=${PERIOD}`);
    await this.page.getByRole('heading', { name: '审核', exact: true }).waitFor();
    await this.queue.getByRole('table').waitFor();
    return this;
  }

  /** The queue's table (the screen also lists the year's annual claims, in a table of their own). */
  get queue(): Locator {
    return this.page.getByTestId('review-queue');
  }

  queueRow(branchName: string): Locator {
    return this.queue
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name: branchName, exact: true }) });
  }

  /** Opens a branch's assessment from its row's action link ("审核" while it waits for review). */
  async openFromQueue(branchName: string): Promise<void> {
    await this.queueRow(branchName)
      .getByRole('link', { name: /^审\s*核$/ })
      .click();
    await this.page.getByRole('heading', { name: `审核：${branchName}` }).waitFor();
    await this.actionBar.waitFor();
  }

  get actionBar(): Locator {
    return this.page.getByRole('toolbar');
  }

  returnDialog(): Locator {
    return this.page.getByRole('dialog').filter({ hasText: '退回给支部修改' });
  }

  async openReturnDialog(): Promise<Locator> {
    await this.actionBar.getByRole('button', { name: '退回修改' }).click();
    const dialog = this.returnDialog();
    await dialog.waitFor();
    return dialog;
  }

  /** The reviewed value of a count indicator (the right-hand input of its row) and its reason. */
  async adjustCount(indicator: string, value: number, reason: string): Promise<void> {
    const row = this.page.getByRole('region', { name: indicator, exact: true });
    const input = row.getByRole('spinbutton', { name: indicator, exact: true });
    await input.fill(String(value));
    await input.press('Tab');
    await row.getByText('已调整', { exact: true }).waitFor();
    await row.getByRole('textbox', { name: '调整理由' }).fill(reason);
  }

  /** Approves through the confirmation dialog; the app then goes back to the queue. */
  async approve(expectInDialog?: string): Promise<void> {
    await this.actionBar.getByRole('button', { name: '审核通过' }).click();
    const dialog = this.page.getByRole('dialog').filter({ hasText: '确认审核通过？' });
    await dialog.waitFor();
    if (expectInDialog) await dialog.getByText(expectInDialog).waitFor();
    await dialog.getByRole('button', { name: '审核通过' }).click();
    await this.page.waitForURL((url) => url.pathname === '/review');
  }
}
