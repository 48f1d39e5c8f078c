/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { initI18n } from '../../test-support/i18n';
import { PeriodSelect } from './PeriodSelect';

const i18n = initI18n(window.localStorage);
const periods = [
  { code: '2026Q4', status: 'OPEN' },
  { code: '2026Q3', status: 'CLOSED' },
];

describe('PeriodSelect', () => {
  it('is labelled with the core strings and says which quarter is still open', async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
    const onChange = jest.fn();
    render(<PeriodSelect periods={periods} value="2026Q4" onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: '考评季度' });
    fireEvent.mouseDown(select);
    expect(await screen.findAllByText('进行中')).not.toHaveLength(0);
    expect(screen.getByText('已关闭')).toBeTruthy();
    fireEvent.click(screen.getByText('2026年第三季度'));
    expect(onChange).toHaveBeenCalledWith('2026Q3', expect.anything());
  });

  it('with years offers each year before its newest quarter and answers Y2026', async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
    const onChange = jest.fn();
    render(
      <PeriodSelect
        id="with-years"
        periods={[...periods, { code: '2025Q4', status: 'CLOSED' }]}
        value="2026Q3"
        onChange={onChange}
        withYears
      />,
    );
    fireEvent.mouseDown(screen.getAllByRole('combobox', { name: '考评季度' }).at(-1)!);
    const years = await screen.findAllByText(/^\d{4}年度$/);
    expect(years.map((e) => e.textContent)).toEqual(['2026年度', '2025年度']);
    fireEvent.click(years[0]);
    expect(onChange).toHaveBeenCalledWith('Y2026', expect.anything());
  });
});
