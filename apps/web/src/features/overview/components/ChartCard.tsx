import { TableOutlined } from '@ant-design/icons';
import type { ChartTable } from '@pathboard/charts';
import { Button, Card, Empty, Typography } from 'antd';
import type { EChartsOption } from 'echarts';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartDataTable, type ChartRowLink, EChart } from '../../../shared/charts';

export interface ChartCardProps {
  title: string;
  /** Built by a @pathboard/charts builder; null shows the empty state instead of a blank canvas. */
  option: EChartsOption | null;
  height: number;
  /** Below this width the chart scrolls sideways inside the card instead of squeezing its columns. */
  minWidth?: number;
  extra?: ReactNode;
  /** One line under the title: what a click does, what the chart is filtered by. */
  hint?: string;
  emptyText?: string;
  onEvents?: Record<string, (params: unknown) => void>;
  /**
   * The chart's figures as a table (a @pathboard/charts table builder, fed what the option is built
   * from), behind a "查看数据" toggle: the canvas alone says nothing to a screen reader.
   */
  table?: ChartTable | null;
  /** Rows of the table that open a unit, as a click on the chart does (the keyboard's way down). */
  rowLink?: ChartRowLink;
}

/** A titled card around one chart, with a worded empty state. */
export function ChartCard({
  title,
  option,
  height,
  minWidth,
  extra,
  hint,
  emptyText,
  onEvents,
  table,
  rowLink,
}: ChartCardProps) {
  const { t } = useTranslation();
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  return (
    <Card size="small" title={title} extra={extra} style={{ height: '100%' }}>
      {/* What a click does means nothing above an empty state. */}
      {hint && option ? (
        <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginBottom: 4 }}>
          {hint}
        </Typography.Text>
      ) : null}
      {option ? (
        <>
          <div style={minWidth ? { overflowX: 'auto' } : undefined}>
            <div style={minWidth ? { minWidth } : undefined}>
              <EChart
                option={option}
                label={t('overview.charts.chartLabel', { title })}
                height={height}
                onEvents={onEvents}
              />
            </div>
          </div>
          {table ? (
            <>
              <Button
                type="link"
                size="small"
                icon={<TableOutlined aria-hidden />}
                style={{ paddingInline: 0 }}
                aria-expanded={showTable}
                aria-controls={tableId}
                onClick={() => setShowTable((shown) => !shown)}
              >
                {showTable ? t('overview.charts.hideData') : t('overview.charts.showData')}
              </Button>
              {showTable ? (
                <ChartDataTable
                  id={tableId}
                  table={table}
                  label={t('overview.charts.dataTable', { title })}
                  rowLink={rowLink}
                />
              ) : null}
            </>
          ) : null}
        </>
      ) : (
        <div style={{ height, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText ?? t('overview.noData')} />
        </div>
      )}
    </Card>
  );
}

/** ECharts' click parameters, as far as the overview reads them. */
export interface ChartClick {
  componentType?: string;
  dataIndex?: number;
  value?: unknown;
}

/** Rows in a scrolling category chart: height that shows up to 20 rows, each readable. */
export function categoryChartHeight(rows: number, rowHeight = 26, chrome = 96): number {
  return Math.min(Math.max(rows, 3), 20) * rowHeight + chrome;
}
