import { Button, Card, Checkbox, Empty, Result, Skeleton, Space, Spin, Typography } from 'antd';
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { formatPeriod } from '../../../shared/formatting';
import { useDescribeError } from '../../../shared/errors';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import { useOverviewData } from '../hooks/useOverviewData';
import { useOverviewUrlState } from '../hooks/useOverviewUrlState';
import { rankReviewedOnly, type TableFilters, toBranchRows, visibleBranchRows } from '../model/branch-rows';
import { InflationListCard } from './InflationListCard';
import { type DrillTarget, gradeBands, pathHeaders, summaryFigures } from '../model/overview-model';
import { drillDownState } from '../model/url-state';
import { branchHref } from './branch-columns';
import { BranchTable } from './BranchTable';
import { OverviewCharts } from './OverviewCharts';
import { SummaryCards } from './SummaryCards';
import { UnitPeriodToolbar } from './UnitPeriodToolbar';

export interface OverviewPageProps {
  /** Report downloads and the import, rendered in the toolbar for the unit and quarter shown. */
  renderActions?: (context: { unitId: string; unitName: string; period: string }) => ReactNode;
  /** Where the compare screen is, for the selected branches. */
  compareHref?: (branchIds: string[], period: string) => string;
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

/** The committee dashboard of one unit and quarter: figures, charts and every branch. */
export function OverviewPage({ renderActions, compareHref }: OverviewPageProps) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const navigate = useNavigate();
  const [state, update] = useOverviewUrlState();
  const data = useOverviewData(state);
  const { scoreboard, period } = data;
  const [selected, setSelected] = useState<string[]>([]);

  useEffect(() => setSelected([]), [data.unitId, period]);

  // A committee may rank only the reviewed (approved) branches (docs/metrics.md "Provisional").
  const [reviewedOnly, setReviewedOnly] = useState(false);
  const allRows = useMemo(() => {
    const rows = scoreboard ? toBranchRows(scoreboard) : [];
    return reviewedOnly ? rankReviewedOnly(rows) : rows;
  }, [scoreboard, reviewedOnly]);
  const visibleRows = useMemo(() => visibleBranchRows(allRows, state), [allRows, state]);
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
    ? `${scoreboard.unit.name} · ${formatPeriod(period, language)}`
    : t('overview.title');
  let body: ReactNode;
  if (data.scoreboardError && !data.scoreboardLoading) {
    body = (
      <ErrorResult title={t('overview.loadFailed')} error={data.scoreboardError} onRetry={data.refetch} />
    );
  } else if (!scoreboard) {
    body = <Skeleton active paragraph={{ rows: 16 }} />;
  } else if (scoreboard.branches.length === 0) {
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
          <Checkbox checked={reviewedOnly} onChange={(e) => setReviewedOnly(e.target.checked)}>
            {t('overview.reviewedOnly')}
          </Checkbox>
          <BranchTable
            rows={visibleRows}
            totalCount={allRows.length}
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
      </Spin>
    );
  }

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {heading}
      </Typography.Title>
      <UnitPeriodToolbar
        root={data.root}
        unitId={data.unitId}
        periods={data.periods}
        period={period}
        onUnitChange={(unitId) => update((s) => drillDownState(s, unitId), { push: true })}
        onPeriodChange={(code) => update((s) => ({ ...s, period: code }), { push: true })}
        actions={
          scoreboard && renderActions
            ? renderActions({ unitId: data.unitId, unitName: scoreboard.unit.name, period })
            : null
        }
      />
      {body}
    </Space>
  );
}
