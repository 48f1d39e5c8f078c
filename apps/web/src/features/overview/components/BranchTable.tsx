import { COMPARE_MAX, type GradeBand, type PathHeader } from '@pathboard/charts';
import { Button, Card, Pagination, Space, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import type { BranchRow, TableFilters } from '../model/branch-rows';
import { nextSort, type SortKey, type SortState } from '../model/url-state';
import { branchColumns, branchHref } from './branch-columns';
import { BranchTableFilters } from './BranchTableFilters';
import { ROW_HEIGHT, VirtualTable } from './table/VirtualTable';
import { usePhone } from '../../../shared/layout/use-phone';

export interface BranchTableProps {
  /** One page, filtered and sorted by the server. */
  rows: readonly BranchRow[];
  /** Branches matching the filters, over all pages. */
  totalCount: number;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
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

/** At most about 12 rows tall, leaving the filters and header in view at 768 px; shorter when fewer. */
const MAX_HEIGHT = 520;

/**
 * The unit's branches, one page at a time: the server filters, sorts and ranks them (branchPage), so
 * a 5,000-branch district sends 50 rows, not 5,000.
 */
export function BranchTable(props: BranchTableProps) {
  const { rows, totalCount, period, paths, grades, filters, sort, showChild, selected, onSelectedChange } =
    props;
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const navigate = useNavigate();
  const phone = usePhone();

  const columns = useMemo(() => {
    const chosen = new Set(selected);
    const toggle = (id: string) =>
      onSelectedChange(
        chosen.has(id) ? selected.filter((s) => s !== id) : [...selected, id].slice(0, COMPARE_MAX),
      );
    return branchColumns({
      t,
      language,
      paths,
      grades,
      showChild,
      phone,
      branchHref: (id) => branchHref(id, period),
      selection: { selected: chosen, max: COMPARE_MAX, toggle },
    });
  }, [t, language, paths, grades, showChild, phone, period, selected, onSelectedChange]);
  const canCompare = selected.length >= 2 && selected.length <= COMPARE_MAX;

  return (
    <Card
      size="small"
      title={t('overview.table.title')}
      extra={
        <Space wrap>
          <Typography.Text type="secondary" aria-live="polite">
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
      <VirtualTable<BranchRow>
        rows={rows}
        columns={columns}
        rowKey={(r) => r.id}
        label={t('overview.table.title')}
        height={Math.min(MAX_HEIGHT, (Math.max(rows.length, 3) + 1) * ROW_HEIGHT + 2)}
        sort={sort ?? { key: 'rank', dir: 'asc' }}
        onSortClick={(key) => props.onSortChange(nextSort(sort, key as SortKey))}
        emptyText={t('overview.table.empty')}
        // A click anywhere on a row opens the branch; the checkbox and the link handle their own clicks.
        onRowClick={(row, event) => {
          if ((event.target as HTMLElement).closest('input, a, button')) return;
          navigate(branchHref(row.id, period));
        }}
      />
      {totalCount > props.pageSize ? (
        <Pagination
          style={{ marginTop: 12, textAlign: 'right' }}
          size="small"
          current={props.page}
          pageSize={props.pageSize}
          total={totalCount}
          showSizeChanger={false}
          onChange={props.onPageChange}
        />
      ) : null}
    </Card>
  );
}
