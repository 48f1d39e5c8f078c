/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { EMPTY_BODY_HEIGHT, type VirtualColumn, VirtualTable } from './VirtualTable';

interface Item {
  id: string;
  name: string;
  total: number;
}

// jsdom lays nothing out: give every element the scroller's size, as a browser would measure it.
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 400 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1024 });
});

const ROWS: Item[] = Array.from({ length: 5000 }, (_, i) => ({
  id: `b${i}`,
  name: `第${i + 1}党支部`,
  total: i,
}));
const COLUMNS: VirtualColumn<Item>[] = [
  { key: 'name', title: '支部', width: 200, sticky: true, sortKey: 'name', render: (r) => r.name },
  {
    key: 'total',
    title: '总分',
    width: 80,
    align: 'right',
    sortKey: 'total',
    render: (r) => r.total.toFixed(2),
  },
  { key: 'note', title: '备注', width: 120, render: () => '—' },
];

function renderTable(props: Partial<Parameters<typeof VirtualTable<Item>>[0]> = {}) {
  return render(
    <VirtualTable<Item>
      rows={ROWS}
      columns={COLUMNS}
      rowKey={(r) => r.id}
      label="支部明细"
      height={400}
      emptyText="没有支部"
      {...props}
    />,
  );
}

describe('VirtualTable', () => {
  it('renders only the rows in view of 5,000, and says how many there are', () => {
    renderTable();
    const table = screen.getByRole('table', { name: '支部明细' });
    expect(table.getAttribute('aria-rowcount')).toBe('5001');
    const rows = within(table).getAllByRole('row');
    // header + the visible window (400 px / 40 px) + overscan: far fewer than 5,000
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(40);
    expect(screen.getByText('第1党支部')).toBeTruthy();
    expect(screen.queryByText('第5000党支部')).toBeNull();
  });

  it('marks the sorted column and reports header clicks on sortable columns only', () => {
    const onSortClick = jest.fn();
    renderTable({ sort: { key: 'total', dir: 'desc' }, onSortClick });
    const total = screen.getByRole('columnheader', { name: /总分/ });
    expect(total.getAttribute('aria-sort')).toBe('descending');
    expect(screen.getByRole('columnheader', { name: /支部/ }).getAttribute('aria-sort')).toBeNull();
    fireEvent.click(within(total).getByRole('button'));
    expect(onSortClick).toHaveBeenCalledWith('total');
    expect(within(screen.getByRole('columnheader', { name: '备注' })).queryByRole('button')).toBeNull();
  });

  it('passes row clicks with the row', () => {
    const onRowClick = jest.fn();
    renderTable({ onRowClick });
    fireEvent.click(screen.getByText('第3党支部'));
    expect(onRowClick).toHaveBeenCalledWith(ROWS[2], expect.anything());
  });

  it('shows the empty text without rows, with room for it under the header', () => {
    // The branch table asks for 4 rows' height when empty: too little for the message, which was cut.
    renderTable({ rows: [], height: 122 });
    expect(screen.getByText('没有支部')).toBeTruthy();
    const scroller = screen.getByText('没有支部').closest('[style*="height"]') as HTMLElement;
    expect(parseInt(scroller.style.height, 10)).toBeGreaterThanOrEqual(40 + EMPTY_BODY_HEIGHT);
  });
});
