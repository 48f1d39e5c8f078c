import { CaretDownOutlined, CaretUpOutlined } from '@ant-design/icons';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Empty, theme } from 'antd';
import { type CSSProperties, memo, type MouseEvent, type ReactNode, useMemo, useRef } from 'react';
import type { SortDirection } from '../../model/url-state';
import styles from './VirtualTable.module.css';

export interface VirtualColumn<Row> {
  key: string;
  title: ReactNode;
  width: number;
  align?: 'left' | 'right' | 'center';
  /** Stays in view when scrolling sideways (the first columns: checkbox, rank, name). */
  sticky?: boolean;
  /** The column's sort key when it can be sorted by a header click. */
  sortKey?: string;
  render: (row: Row) => ReactNode;
}

export interface VirtualTableProps<Row> {
  rows: readonly Row[];
  columns: readonly VirtualColumn<Row>[];
  rowKey: (row: Row) => string;
  label: string;
  height: number;
  /** The current sort (key and direction), for the header arrows and aria-sort. */
  sort?: { key: string; dir: SortDirection };
  onSortClick?: (sortKey: string) => void;
  onRowClick?: (row: Row, event: MouseEvent) => void;
  emptyText: ReactNode;
}

/** Alignment of each column's cells; sticky ones stay put at their left offset, on an opaque background. */
function cellStyles<Row>(columns: readonly VirtualColumn<Row>[], background: string): CSSProperties[] {
  let left = 0;
  return columns.map((c) => {
    const style: CSSProperties = {
      justifyContent: c.align === 'right' ? 'flex-end' : c.align === 'center' ? 'center' : 'flex-start',
      textAlign: c.align ?? 'left',
      ...(c.sticky ? { position: 'sticky', left, zIndex: 1, background } : {}),
    };
    if (c.sticky) left += c.width;
    return style;
  });
}

/** Every row has the same height, so nothing is measured while scrolling (antd's virtual table did). */
export const ROW_HEIGHT = 40;
const HEADER_HEIGHT = 40;
/** Room for antd's small Empty (image, text, padding) under the header: less clipped the message. */
export const EMPTY_BODY_HEIGHT = 150;

/**
 * A table that renders only the rows in view (@tanstack/react-virtual), with fixed row heights, a
 * sticky header and sticky first columns. Built for 5,000 rows: cells are plain elements (no
 * per-cell component styles), and a scroll only moves the rendered window.
 */
export function VirtualTable<Row>({
  rows,
  columns,
  rowKey,
  label,
  height,
  sort,
  onSortClick,
  onRowClick,
  emptyText,
}: VirtualTableProps<Row>) {
  const { token } = theme.useToken();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    // Until the element is measured (and in jsdom, which never measures), assume the given height.
    initialRect: { width: 1024, height },
  });

  // Left offsets of the sticky columns, the grid every row shares and each column's cell style:
  // stable between scroll events, so the memoised rows that stay in view do not render again.
  const totalWidth = columns.reduce((sum, c) => sum + c.width, 0);
  const gridTemplate = columns.map((c) => `${c.width}px`).join(' ');
  const grid = useMemo<CSSProperties>(
    () => ({ display: 'grid', gridTemplateColumns: gridTemplate, width: totalWidth, minWidth: '100%' }),
    [gridTemplate, totalWidth],
  );
  // The header's fill is translucent (colorFillAlter): over the container's colour it is opaque, so
  // the columns scrolled under the sticky header cells do not show through them.
  const headerStyles = useMemo(
    () =>
      cellStyles(
        columns,
        `linear-gradient(${token.colorFillAlter}, ${token.colorFillAlter}), ${token.colorBgContainer}`,
      ),
    [columns, token.colorFillAlter, token.colorBgContainer],
  );
  const bodyStyles = useMemo(
    () => cellStyles(columns, token.colorBgContainer),
    [columns, token.colorBgContainer],
  );

  return (
    <div
      ref={scroller}
      className={styles.scroller}
      style={{
        height: rows.length === 0 ? Math.max(height, HEADER_HEIGHT + EMPTY_BODY_HEIGHT) : height,
        borderColor: token.colorBorderSecondary,
      }}
      role="table"
      aria-label={label}
      aria-rowcount={rows.length + 1}
    >
      <div
        role="rowgroup"
        className={styles.header}
        style={{ ...grid, height: HEADER_HEIGHT, background: token.colorFillAlter }}
      >
        <div role="row" style={{ display: 'contents' }}>
          {columns.map((c, i) => {
            const sorted = sort && c.sortKey === sort.key ? sort.dir : undefined;
            return (
              <div
                key={c.key}
                role="columnheader"
                aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                className={styles.headerCell}
                style={headerStyles[i]}
              >
                {c.sortKey && onSortClick ? (
                  <button type="button" className={styles.sortButton} onClick={() => onSortClick(c.sortKey!)}>
                    <span className={styles.ellipsis}>{c.title}</span>
                    <span className={styles.arrows} aria-hidden>
                      <CaretUpOutlined
                        style={{ color: sorted === 'asc' ? token.colorPrimary : token.colorTextQuaternary }}
                      />
                      <CaretDownOutlined
                        style={{ color: sorted === 'desc' ? token.colorPrimary : token.colorTextQuaternary }}
                      />
                    </span>
                  </button>
                ) : (
                  <span className={styles.ellipsis}>{c.title}</span>
                )}
              </div>
            );
          })}
        </div>
      </div>
      {rows.length === 0 ? (
        <div className={styles.empty}>
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />
        </div>
      ) : (
        <div
          role="rowgroup"
          style={{
            height: virtualizer.getTotalSize(),
            width: totalWidth,
            minWidth: '100%',
            position: 'relative',
          }}
        >
          {virtualizer.getVirtualItems().map((item) => (
            <VirtualRow<Row>
              key={rowKey(rows[item.index])}
              row={rows[item.index]}
              index={item.index}
              start={item.start}
              columns={columns}
              cellStyles={bodyStyles}
              grid={grid}
              onRowClick={onRowClick}
            />
          ))}
        </div>
      )}
    </div>
  );
}

interface VirtualRowProps<Row> {
  row: Row;
  index: number;
  start: number;
  columns: readonly VirtualColumn<Row>[];
  cellStyles: CSSProperties[];
  grid: CSSProperties;
  onRowClick?: (row: Row, event: MouseEvent) => void;
}

/**
 * One row. Memoised: while scrolling, only the rows that come into view render; the others keep
 * their elements (a scroll step of three rows renders three rows, not the thirty in the window).
 */
const VirtualRow = memo(function VirtualRow<Row>({
  row,
  index,
  start,
  columns,
  cellStyles,
  grid,
  onRowClick,
}: VirtualRowProps<Row>) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className={styles.row}
      style={{
        ...grid,
        height: ROW_HEIGHT,
        transform: `translateY(${start}px)`,
        cursor: onRowClick ? 'pointer' : undefined,
      }}
      onClick={onRowClick ? (event) => onRowClick(row, event) : undefined}
    >
      {columns.map((c, i) => (
        <div key={c.key} role="cell" className={styles.cell} style={cellStyles[i]}>
          {c.render(row)}
        </div>
      ))}
    </div>
  );
}) as <Row>(props: VirtualRowProps<Row>) => ReactNode;
