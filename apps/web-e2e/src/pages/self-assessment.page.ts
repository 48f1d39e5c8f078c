import type { Locator, Page } from 'playwright-core';
import { PERIOD } from '../support/demo';

/**
 * /self-assessment: every applicable indicator is a region named after it, holding its inputs
 * (spinbuttons, radios, checkboxes named by the indicator or by its option) and an evidence box.
 */
export class SelfAssessmentPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto(`/self-assessment?period=${PERIOD}`);
    await this.page.getByRole('heading', { name: '2026年第四季度自评' }).waitFor();
    await this.indicator('三会一课落实率').waitFor();
    return this;
  }

  indicator(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** A number input: a count (named by the indicator) or a ratio's part ("… 实际完成" / "… 应完成"). */
  numberInput(indicator: string, part?: '实际完成' | '应完成'): Locator {
    return this.indicator(indicator).getByRole('spinbutton', {
      name: part ? `${indicator} ${part}` : indicator,
      exact: true,
    });
  }

  async fillNumber(indicator: string, value: number, part?: '实际完成' | '应完成'): Promise<void> {
    const input = this.numberInput(indicator, part);
    await input.fill(String(value));
    await input.press('Tab'); // antd InputNumber settles its value on blur
  }

  /**
   * Clicks an option's words, as a person does: antd's button-style radios (rating bands) keep the
   * real input invisible under the label, so Playwright's check() on it would wait for ever.
   */
  async choose(indicator: string, option: string): Promise<void> {
    const region = this.indicator(indicator);
    await region.getByText(option, { exact: true }).click();
    if (!(await region.getByRole('radio', { name: option, exact: true }).isChecked()))
      throw new Error(`${indicator}: “${option}” did not get checked`);
  }

  async tick(indicator: string, item: string): Promise<void> {
    await this.indicator(indicator).getByRole('checkbox', { name: item, exact: true }).check();
  }

  evidence(indicator: string): Locator {
    return this.indicator(indicator).getByRole('textbox', { name: '佐证材料说明' });
  }

  /** The action bar at the bottom: saved state, live total, grade, save and submit. */
  get actionBar(): Locator {
    return this.page.getByRole('toolbar');
  }

  /** The live total as the action bar prints it ("总分 78.50"). */
  async previewTotal(): Promise<string> {
    const text = (await this.actionBar.textContent()) ?? '';
    const match = /总分\s*([\d.,]+|—)/.exec(text);
    if (!match) throw new Error(`no total in the action bar: “${text}”`);
    return match[1];
  }

  /** Clicks 保存 (the button's name also holds its icon's, hence no anchors). */
  async clickSave(): Promise<void> {
    await this.actionBar.getByRole('button', { name: /保\s*存/ }).click();
  }

  /** Saves and waits until the action bar says so (the lasting sign; the toast lives 3 s). */
  async save(): Promise<void> {
    await this.clickSave();
    await this.settled(this.actionBar.getByText('所有修改均已保存'), 'save');
  }

  /** Submits through the confirmation dialog and waits until the screen shows the new status. */
  async submit(expectInDialog?: string): Promise<void> {
    await this.actionBar.getByRole('button', { name: '提交审核' }).click();
    const dialog = this.page.getByRole('dialog').filter({ hasText: '确认提交审核？' });
    await dialog.waitFor();
    if (expectInDialog) await dialog.getByText(expectInDialog).waitFor();
    await dialog.getByRole('button', { name: '确认提交' }).click();
    // Wait on the lasting status, not the toast: a toast lives 3 s, which a loaded machine can miss.
    // A refused submit shows the form's error alert instead; say its words rather than time out.
    await this.settled(this.statusTag('已提交，待审核'), 'submit');
  }

  /** Waits for a lasting sign of success; a refusal shows the form's error alert, whose words we throw. */
  private async settled(done: Locator, action: string): Promise<void> {
    const refused = this.page.getByTestId('form-failure');
    await done.or(refused).first().waitFor({ timeout: 60_000 });
    if (await refused.isVisible()) throw new Error(`${action} refused: ${await refused.innerText()}`);
  }

  statusTag(status: string): Locator {
    return this.page.getByRole('main').getByText(status, { exact: true }).first();
  }
}
