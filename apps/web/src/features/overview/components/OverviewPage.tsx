import { Button, Card, Checkbox, Empty, Result, Skeleton, Space, Spin, Typography } from 'antd';
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { formatPeriod } from '../../../shared/formatting';
import { useDescribeError } from '../../../shared/errors';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import { PAGE_SIZE, useOverviewData } from '../hooks/useOverviewData';
import { useOverviewUrlState } from '../hooks/useOverviewUrlState';
import { type ScoreboardResult, type TableFilters, toBranchRows } from '../model/branch-rows';
import { InflationListCard } from './InflationListCard';
import { type DrillTarget, gradeBands, pathHeaders, summaryFigures } from '../model/overview-model';
import { drillDownState } from '../model/url-state';
import { branchHref } from './branch-columns';
import { BranchTable } from './BranchTable';
import focus from './OverviewFocus.module.css';
import { OverviewCharts } from './OverviewCharts';
import { SummaryCards } from './SummaryCards';
import { UnitPeriodToolbar } from './UnitPeriodToolbar';
import { AnnualOverview } from '../../annual';
import { yearOfValue, yearValue } from '../../../shared/components/PeriodSelect';
import { RenderAfterFirstPaint } from '../../../shared/components/RenderAfterFirstPaint';

export interface OverviewPageProps {
  /** Report downloads and the import, rendered in the toolbar for the unit and quarter shown. */
  renderActions?: (context: { unitId: string; unitName: string; period: string }) => ReactNode;
  /** Where the compare screen is, for the selected branches. */
  compareHref?: (branchIds: string[], period: string) => string;
  /**
   * The unit shown when the address names none: the signed-in user's scope, which is the unit tree's
   * root, known from the session so the figures need not wait for the tree (default: the root).
   */
  defaultUnitId?: string;
}

function ErrorResult({ title, error, onRetry }: { title: string; error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const described = describe(error);
  return (
    <Result
      status="error"
      title={title}
      subTitle={[described.message, ...described.details].join(' ')}
      extra={<Button onClick={onRetry}>{t('common.retry')}</Button>}
    />
  );
}

/** The committee dashboard of one unit and quarter: figures, charts and the branches page by page. */
export function OverviewPage({ renderActions, compareHref, defaultUnitId }: OverviewPageProps) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const navigate = useNavigate();
  const [state, update] = useOverviewUrlState();
  const [page, setPage] = useState(1);
  // A committee may rank only the reviewed (approved) branches (docs/metrics.md "Provisional"); the
  // server ranks, as it pages.
  const [reviewedOnly, setReviewedOnly] = useState(false);
  const data = useOverviewData(state, page, reviewedOnly, defaultUnitId);
  const { period } = data;
  const [selected, setSelected] = useState<string[]>([]);

  useEffect(() => setSelected([]), [data.unitId, period]);
  // Another unit, quarter, filter or order starts again at the first page.
  const { sector, grade, status, q, sort } = state;
  useEffect(() => setPage(1), [data.unitId, period, sector, grade, status, q, sort, reviewedOnly]);

  // The unit's figures with the page of branches on screen (the server filtered, sorted and ranked it).
  const scoreboard: ScoreboardResult | null = useMemo(
    () =>
      data.scoreboard && data.branchPage ? { ...data.scoreboard, branches: data.branchPage.branches } : null,
    [data.scoreboard, data.branchPage],
  );
  const visibleRows = useMemo(() => (scoreboard ? toBranchRows(scoreboard) : []), [scoreboard]);
  const grades = useMemo(() => (scoreboard ? gradeBands(scoreboard) : []), [scoreboard]);
  const paths = useMemo(() => (scoreboard ? pathHeaders(scoreboard) : []), [scoreboard]);

  const onDrill = useCallback(
    (target: DrillTarget) => {
      if (target.kind === 'unit') update((s) => drillDownState(s, target.unitId), { push: true });
      else if (period) navigate(branchHref(target.branchId, period));
    },
    [update, navigate, period],
  );
  const onFiltersChange = useCallback(
    (filters: TableFilters) => update((s) => ({ ...s, ...filters })),
    [update],
  );

  if (data.contextLoading) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (data.contextError || !data.root) {
    return <ErrorResult title={t('overview.loadFailed')} error={data.contextError} onRetry={data.refetch} />;
  }
  if (data.periods.length === 0 || !period || !data.unitId) {
    return (
      <Card>
        <Empty description={t('overview.noPeriods')} />
      </Card>
    );
  }

  const heading = scoreboard
    ? `${scoreboard.unit.name} · ${state.year ? t('period.year', { year: state.year }) : formatPeriod(period, language)}`
    : t('overview.title');
  let body: ReactNode;
  if (state.year) {
    // The year (2026年度): its own view; the quarter's scoreboard is not shown.
    body = (
      <AnnualOverview
        unitId={data.unitId}
        year={state.year}
        onOpenUnit={(id) => onDrill({ kind: 'unit', unitId: id })}
      />
    );
  } else if (data.scoreboardError && !data.scoreboardLoading) {
    body = (
      <ErrorResult title={t('overview.loadFailed')} error={data.scoreboardError} onRetry={data.refetch} />
    );
  } else if (!scoreboard) {
    body = <Skeleton active paragraph={{ rows: 16 }} />;
  } else if (scoreboard.figures.expected === 0 && scoreboard.figures.assessed === 0) {
    body = (
      <Card>
        <Empty description={t('overview.noData')} />
      </Card>
    );
  } else {
    const showChild = scoreboard.children.some((c) => c.unit.kind !== 'BRANCH');
    body = (
      <Spin spinning={data.scoreboardLoading} delay={150}>
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <SummaryCards figures={summaryFigures(scoreboard)} />
          <OverviewCharts
            scoreboard={scoreboard}
            trend={data.trend}
            visibleRows={visibleRows}
            rankingMode={state.ranking ?? 'children'}
            onRankingModeChange={(mode) =>
              update((s) => ({ ...s, ranking: mode === 'branches' ? 'branches' : undefined }))
            }
            onDrill={onDrill}
          />
          {/* Below the charts: rendered right after them, so the charts on screen draw first. */}
          <RenderAfterFirstPaint placeholder={<Skeleton active paragraph={{ rows: 10 }} />}>
            {/* Its own column: the outer Space spaces its direct children only. */}
            <Space direction="vertical" size={12} style={{ width: '100%' }}>
              <Checkbox checked={reviewedOnly} onChange={(e) => setReviewedOnly(e.target.checked)}>
                {t('overview.reviewedOnly')}
              </Checkbox>
              <BranchTable
                rows={visibleRows}
                totalCount={data.branchPage?.totalCount ?? 0}
                page={page}
                pageSize={PAGE_SIZE}
                onPageChange={setPage}
                period={period}
                paths={paths}
                grades={grades}
                filters={state}
                sort={state.sort}
                showChild={showChild}
                selected={selected}
                onSelectedChange={setSelected}
                onFiltersChange={onFiltersChange}
                onSortChange={(sort) => update((s) => ({ ...s, sort }))}
                onCompare={() => compareHref && navigate(compareHref(selected, period))}
              />
              <InflationListCard period={period} />
            </Space>
          </RenderAfterFirstPaint>
        </Space>
      </Spin>
    );
  }

  return (
    <Space
      direction="vertical"
      size={12}
      // The chips' and the table names' focus marks (OverviewFocus.module.css).
      className={focus.focusScope}
      style={{ width: '100%' }}
    >
      <Typography.Title level={4} style={{ margin: 0 }}>
        {heading}
      </Typography.Title>
      <UnitPeriodToolbar
        root={data.root}
        unitId={data.unitId}
        unitName={scoreboard?.unit.id === data.unitId ? scoreboard.unit.name : undefined}
        periods={data.periods}
        period={state.year ? yearValue(state.year) : period}
        onUnitChange={(unitId) => update((s) => drillDownState(s, unitId), { push: true })}
        onPeriodChange={(code) => {
          const year = yearOfValue(code);
          update((s) => (year ? { ...s, year } : { ...s, year: undefined, period: code }), { push: true });
        }}
        actions={
          scoreboard && renderActions && !state.year
            ? renderActions({ unitId: data.unitId, unitName: scoreboard.unit.name, period })
            : null
        }
      />
      {body}
    </Space>
  );
}
