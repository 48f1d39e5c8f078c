import {
  type GradeBand,
  pathRadarOption,
  type RadarComparisonKind,
  trendLineOption,
} from '@pathboard/charts';
import { Card, Empty, Segmented, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart, useCompactCharts } from '../../../shared/charts';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import { AnnualTrendChart } from '../../annual';
import {
  pathFigures,
  type PeerGroupMedians,
  peersMedianPaths,
  previousQuarterPaths,
  radarComparison,
  type ScoredPath,
  type TrendPointLike,
} from '../logic/branch-insights';

/**
 * The quarter's path percents against the median of the branches with the same parent (by
 * default) or the branch's own previous quarter. Without peers with figures it falls back to the
 * previous quarter and says so.
 */
export function PathRadarCard({
  paths,
  trend,
  period,
  sameParent,
  ownTotal,
}: {
  paths: readonly ScoredPath[];
  trend: readonly TrendPointLike[];
  period: string;
  sameParent: PeerGroupMedians;
  ownTotal: number | null | undefined;
}) {
  const { t } = useTranslation();
  const { lang } = useAppLanguage();
  const compact = useCompactCharts();
  const [chosen, setChosen] = useState<RadarComparisonKind>('peersMedian');
  const previous = useMemo(() => previousQuarterPaths(trend, period, paths), [trend, period, paths]);
  const peersMedian = useMemo(
    () => peersMedianPaths(sameParent, ownTotal, paths),
    [sameParent, ownTotal, paths],
  );
  const { comparison, fellBack } = useMemo(
    () => radarComparison(chosen, { peersMedian, previous }),
    [chosen, peersMedian, previous],
  );
  // Long path names (干部队伍与教育培训, Cadres, education and training) wrap instead of being clipped.
  const option = useMemo(
    () =>
      pathRadarOption(pathFigures(paths), comparison, {
        lang,
        axisNameWidth: lang === 'zh' ? 10 : 14,
        compact,
      }),
    [paths, comparison, lang, compact],
  );
  const shown = comparison?.kind ?? (fellBack ? 'previous' : chosen);
  return (
    <Card
      title={t('branch.radar.title')}
      size="small"
      style={{ height: '100%' }}
      extra={
        <Segmented<RadarComparisonKind>
          size="small"
          aria-label={t('branch.radar.compareWith')}
          value={shown}
          onChange={setChosen}
          options={[
            { value: 'peersMedian', label: t('branch.radar.peersMedian'), disabled: !peersMedian },
            { value: 'previous', label: t('branch.radar.previous') },
          ]}
        />
      }
    >
      <EChart option={option} label={t('branch.radar.title')} height={320} />
      <Space direction="vertical" size={0}>
        {fellBack ? <Typography.Text type="secondary">{t('branch.radar.noPeers')}</Typography.Text> : null}
        {shown === 'previous' && !previous ? (
          <Typography.Text type="secondary">{t('branch.radar.noPrevious')}</Typography.Text>
        ) : null}
      </Space>
    </Card>
  );
}

/** The branch's total quarter by quarter, with the grade thresholds as dashed lines. */
export function TrendCard({
  trend,
  grades,
  annual,
}: {
  trend: readonly TrendPointLike[];
  grades?: GradeBand[];
  /** Offer the year option (the branch's annual totals over these years). */
  annual?: { branchId: string; fromYear: number; toYear: number };
}) {
  const { t } = useTranslation();
  const { lang } = useAppLanguage();
  const [byYear, setByYear] = useState(false);
  const scored = trend.filter((p) => typeof p.mean === 'number');
  // One branch's figure is its total: the value axis says so (committee trends say "mean").
  const option = useMemo(
    () =>
      trendLineOption(
        trend.map((p) => p.period),
        [{ name: t('branch.trend.series'), values: trend.map((p) => p.mean ?? null) }],
        { lang, grades, valueName: 'total' },
      ),
    [trend, lang, grades, t],
  );
  const toggle = annual ? (
    <Segmented
      size="small"
      value={byYear ? 'years' : 'quarters'}
      onChange={(v) => setByYear(v === 'years')}
      options={[
        { value: 'quarters', label: t('annual.trend.quarters') },
        { value: 'years', label: t('annual.trend.years') },
      ]}
    />
  ) : null;
  let body;
  if (annual && byYear)
    body = (
      <AnnualTrendChart unitId={annual.branchId} fromYear={annual.fromYear} toYear={annual.toYear} branch />
    );
  else if (scored.length) body = <EChart option={option} label={t('branch.trend.title')} height={320} />;
  else body = <Empty description={t('branch.trend.empty')} />;
  return (
    <Card
      title={annual && byYear ? t('branch.trend.titleYears') : t('branch.trend.title')}
      size="small"
      style={{ height: '100%' }}
      extra={toggle}
    >
      {body}
    </Card>
  );
}
