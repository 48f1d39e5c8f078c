import { Card, Space, Typography } from 'antd';
import type { ReactNode } from 'react';

export interface StackedColumn<T> {
  key: string;
  title: ReactNode;
  render: (value: unknown, row: T) => ReactNode;
}

export interface StackedRowsProps<T> {
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** The table's columns: the first heads each block, the others follow it under their titles. */
  columns: readonly StackedColumn<T>[];
}

/**
 * A table's rows for a phone: one block a row, its columns one under another with their titles,
 * so nothing scrolls sideways and every input is as wide as the screen. Takes the columns a
 * desktop Table is given, so the two layouts cannot drift apart.
 */
export function StackedRows<T>({ rows, rowKey, columns }: StackedRowsProps<T>) {
  const [head, ...rest] = columns;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="small">
      {rows.map((row) => (
        <Card key={rowKey(row)} size="small" data-testid="stacked-row">
          <Space direction="vertical" style={{ width: '100%' }} size="small">
            {/* In the body, not the card's title: a title is one line, cut with an ellipsis. */}
            {head?.render(undefined, row)}
            {rest.map((column) => (
              <div key={column.key}>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {column.title}
                </Typography.Text>
                {column.render(undefined, row)}
              </div>
            ))}
          </Space>
        </Card>
      ))}
    </Space>
  );
}
