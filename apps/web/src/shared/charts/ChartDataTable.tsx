import type { ChartTable, ChartTableRow } from '@pathboard/charts';
import { Button, Table, type TableColumnsType } from 'antd';

/** Where a row for a unit leads: the same place as a click on its bar. */
export interface ChartRowLink {
  /** The column whose text becomes the link (the unit's name). */
  column: string;
  /** The accessible name of the link, e.g. "打开 东城街道". */
  label: (text: string) => string;
  onOpen: (unitId: string) => void;
}

export interface ChartDataTableProps {
  /** Built by a @pathboard/charts table builder from the data the chart's option is built from. */
  table: ChartTable;
  /** The region's accessible name ("排名：数据表"). */
  label: string;
  id?: string;
  rowLink?: ChartRowLink;
}

/** Longer tables (a street's branches) page, so the card does not grow by hundreds of rows. */
const PAGE_SIZE = 20;

/**
 * A chart's figures as a small table: the alternative to the canvas for screen readers and for
 * keyboard users (a row for a unit is a button that opens it, where the chart answers only clicks).
 */
export function ChartDataTable({ table, label, id, rowLink }: ChartDataTableProps) {
  const columns: TableColumnsType<ChartTableRow> = table.columns.map((column) => ({
    key: column.key,
    title: column.title,
    align: column.numeric ? 'right' : 'left',
    render: (_: unknown, row: ChartTableRow) => {
      const text = row.cells[column.key] ?? '';
      if (!rowLink || column.key !== rowLink.column || !row.unitId) return text;
      const unitId = row.unitId;
      return (
        <Button
          type="link"
          size="small"
          style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
          aria-label={rowLink.label(text)}
          onClick={() => rowLink.onOpen(unitId)}
        >
          {text}
        </Button>
      );
    },
  }));
  return (
    // Phones: the table scrolls sideways inside the card rather than squeezing its figures. Its
    // width is its content's (no name broken a character per line, no "15.00 / 15.00" over three
    // lines), at least the card's: the wrapper alone never overflowed, as antd fits a table to it.
    <div role="region" aria-label={label} id={id} style={{ overflowX: 'auto' }}>
      <Table<ChartTableRow>
        size="small"
        rowKey="key"
        scroll={{ x: 'max-content' }}
        columns={columns}
        dataSource={table.rows}
        pagination={
          table.rows.length > PAGE_SIZE
            ? { pageSize: PAGE_SIZE, size: 'small', showSizeChanger: false }
            : false
        }
      />
    </div>
  );
}
