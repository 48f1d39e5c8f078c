import type { Locator, Page } from 'playwright-core';
import { PERIOD } from '../support/demo';

export interface OverviewFigures {
  assessed: number;
  expected: number;
  /** The completion card's "待审核 N 个" line (absent when nothing waits: 0). */
  awaitingReview: number;
  /** The branch row's status label (填报中, 待审核, 已退回, 已审核…). */
  rowStatus: string;
  /** The branch row's total as printed ("78.50", or "—" when not assessed). */
  rowTotal: string;
}

/** /overview: the committee dashboard of a unit and quarter; the branch table filtered by ?q=. */
export class OverviewPage {
  constructor(readonly page: Page) {}

  /** The district (the admin's scope) in the open quarter, the table filtered to one branch code. */
  async open(branchCode?: string): Promise<this> {
    const query = new URLSearchParams({ period: PERIOD, ...(branchCode ? { q: branchCode } : {}) });
    await this.page.goto(`/overview?${query}`);
    await this.page.getByRole('heading', { name: /2026年第四季度$/ }).waitFor();
    await this.page.getByText(/^已评 \d+ \/ 应评 \d+ 个支部/).waitFor();
    // The table and the inflation list render just after the charts (RenderAfterFirstPaint), and the
    // list asks the server for itself: the overview has loaded once that list has its answer.
    await this.page.locator('[data-testid="inflation-list"][aria-busy="false"]').waitFor();
    if (branchCode) await this.branchRow(branchCode).waitFor();
    return this;
  }

  /** A row of the branch table (a virtual ARIA table: only rows in view exist), by the branch's code cell. */
  branchRow(code: string): Locator {
    return this.page
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: code, exact: true }) });
  }

  async figures(branchCode: string): Promise<OverviewFigures> {
    const completion = (await this.page.getByText(/^已评 \d+ \/ 应评 \d+ 个支部/).textContent()) ?? '';
    const counts = /已评 (\d+) \/ 应评 (\d+) 个支部/.exec(completion);
    const awaiting = this.page.getByText(/^待审核 \d+ 个$/);
    const awaitingText = (await awaiting.count()) ? await awaiting.textContent() : null;
    const row = this.branchRow(branchCode);
    const rowText = (await row.textContent()) ?? '';
    const rowStatus = /填报中|待审核|已退回|已审核|未开启/.exec(rowText)?.[0];
    if (!counts || !rowStatus) throw new Error(`overview figures not found: “${completion}” / “${rowText}”`);
    return {
      assessed: Number(counts[1]),
      expected: Number(counts[2]),
      awaitingReview: awaitingText ? Number(/\d+/.exec(awaitingText)![0]) : 0,
      rowStatus,
      // The total is the row's only bold figure (branch-columns.tsx renders it in <strong>).
      rowTotal: ((await row.getByRole('strong').textContent()) ?? '').trim(),
    };
  }
}
