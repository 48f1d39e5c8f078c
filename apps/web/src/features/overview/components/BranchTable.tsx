import { COMPARE_MAX, type GradeBand, type PathHeader } from '@pathboard/charts';
import { Button, Card, Empty, Space, Table, Tooltip, Typography } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { BranchRow, TableFilters } from '../model/branch-rows';
import { type SortState, sortFromColumn } from '../model/url-state';
import { useAppLanguage } from '../hooks/useAppLanguage';
import { branchColumns, branchHref } from './branch-columns';
import { BranchTableFilters } from './BranchTableFilters';

export interface BranchTableProps {
  rows: readonly BranchRow[];
  totalCount: number;
  period: string;
  paths: PathHeader[];
  grades: GradeBand[];
  filters: TableFilters;
  sort: SortState | undefined;
  showChild: boolean;
  selected: string[];
  onSelectedChange: (ids: string[]) => void;
  onFiltersChange: (filters: TableFilters) => void;
  onSortChange: (sort: SortState | undefined) => void;
  onCompare: () => void;
}

/** Height of the scrolling body: about 14 rows, leaving the filters and header in view at 768 px. */
const BODY_HEIGHT = 520;

/**
 * Every branch of the unit. The rows arrive filtered and sorted (pure functions, tested); antd's
 * virtual table draws only the rows in view, so 5,000 branches scroll as smoothly as 50.
 */
export function BranchTable(props: BranchTableProps) {
  const { rows, totalCount, period, paths, grades, filters, sort, showChild, selected, onSelectedChange } =
    props;
  const { t } = useTranslation();
  const language = useAppLanguage();
  const navigate = useNavigate();

  const columns = useMemo(
    () =>
      branchColumns({
        t,
        language,
        paths,
        grades,
        sort,
        showChild,
        branchHref: (id) => branchHref(id, period),
      }),
    [t, language, paths, grades, sort, showChild, period],
  );
  const scrollX = columns.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : 100), 48);
  const canCompare = selected.length >= 2 && selected.length <= COMPARE_MAX;

  return (
    <Card
      size="small"
      title={t('overview.table.title')}
      extra={
        <Space wrap>
          <Typography.Text type="secondary">
            {t('overview.table.shown', { shown: rows.length, all: totalCount })}
          </Typography.Text>
          <Tooltip title={canCompare ? undefined : t('overview.compareHint')}>
            <Button type="primary" ghost disabled={!canCompare} onClick={props.onCompare}>
              {t('overview.compareSelected', { count: selected.length })}
            </Button>
          </Tooltip>
        </Space>
      }
    >
      <div style={{ marginBottom: 12 }}>
        <BranchTableFilters filters={filters} grades={grades} onChange={props.onFiltersChange} />
      </div>
      <Table<BranchRow>
        virtual
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={rows as BranchRow[]}
        pagination={false}
        scroll={{ x: scrollX, y: BODY_HEIGHT }}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('overview.table.empty')} />,
        }}
        rowSelection={{
          selectedRowKeys: selected,
          hideSelectAll: true,
          columnWidth: 40,
          onChange: (keys) => onSelectedChange(keys.map(String)),
          getCheckboxProps: (row) => ({
            disabled: selected.length >= COMPARE_MAX && !selected.includes(row.id),
            'aria-label': row.name,
          }),
        }}
        onChange={(_pagination, _filters, sorter) => {
          const single = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<BranchRow> | undefined;
          props.onSortChange(sortFromColumn(single?.columnKey, single?.order));
        }}
        onRow={(row) => ({
          // A click anywhere on the row opens the branch, except on its checkbox (that selects it).
          onClick: (event) => {
            if ((event.target as HTMLElement).closest('.ant-table-selection-column, a, button')) return;
            navigate(branchHref(row.id, period));
          },
          style: { cursor: 'pointer' },
          // The virtual table's rows are not ARIA rows: the browser suite finds a branch's row by its code.
          'data-testid': `branch-row-${row.code}`,
        })}
      />
    </Card>
  );
}
