/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { ChartTable } from '@pathboard/charts';
import { ChartDataTable } from './ChartDataTable';

const table: ChartTable = {
  columns: [
    { key: 'branch', title: '支部' },
    { key: 'indicator:A', title: '三会一课', numeric: true },
  ],
  rows: [
    { key: 'b1', unitId: 'b1', cells: { branch: '区卫生健康委机关党支部', 'indicator:A': '15.00 / 15.00' } },
  ],
};

it('lays the table out at its content width, so a phone scrolls it sideways instead of wrapping each cell', () => {
  render(<ChartDataTable table={table} label="热力图：数据表" />);
  const region = screen.getByRole('region', { name: '热力图：数据表' });
  const element = within(region).getByRole('table');
  // antd's horizontal scroll: the table is as wide as its content, at least as wide as the card.
  expect(element.style.width).toBe('max-content');
  expect(within(region).getByText('15.00 / 15.00')).toBeTruthy();
});

it("opens a row's unit from its name, by keyboard as by mouse", () => {
  const onOpen = jest.fn();
  render(
    <ChartDataTable
      table={table}
      label="热力图：数据表"
      rowLink={{ column: 'branch', label: (name) => `打开 ${name}`, onOpen }}
    />,
  );
  fireEvent.click(screen.getByRole('button', { name: '打开 区卫生健康委机关党支部' }));
  expect(onOpen).toHaveBeenCalledWith('b1');
});
