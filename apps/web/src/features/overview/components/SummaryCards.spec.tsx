/**
 * @jest-environment jsdom
 */
import { act, render, screen } from '@testing-library/react';
import { initI18n } from '../../../test-support/i18n';
import { summaryFigures } from '../model/overview-model';
import { districtScoreboard } from '../model/test-fixtures';
import { SummaryCards } from './SummaryCards';

const i18n = initI18n(window.localStorage);

describe('SummaryCards', () => {
  it('gives each figure its definition and shows that on time + late + not submitted = expected', async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
    const figures = { ...summaryFigures(districtScoreboard()), returned: 1 };
    render(<SummaryCards figures={figures} />);
    expect(screen.getByLabelText(/^按时提交率: 按时提交率 = 按时提交 ÷ 应评支部数/)).toBeTruthy();
    expect(screen.getByLabelText(/^完成率: 完成率 = 应评支部中已评的个数 ÷ 应评支部数/)).toBeTruthy();
    for (const card of ['平均分', '中位数', '较上季度', '等次'])
      expect(screen.getByLabelText(new RegExp(`^${card}: `))).toBeTruthy();
    expect(screen.getByText('按时 2 个，逾期 1 个，未提交 1 个')).toBeTruthy();
    expect(screen.getByText(/已退回 1 个/)).toBeTruthy();
  });
});
