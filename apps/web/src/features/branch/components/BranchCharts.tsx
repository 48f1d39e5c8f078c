import { type GradeBand, pathRadarOption, trendLineOption } from '@pathboard/charts';
import { Card, Empty, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../../shared/charts';
import { useAppLanguage } from '../../self-assessment/hooks/useAppLanguage';
import { pathFigures, previousQuarterPaths, type ScoredPath, type TrendPointLike } from '../logic/branch-insights';

/** The quarter's path percents against the branch's own previous quarter. */
export function PathRadarCard({ paths, trend, period }: { paths: readonly ScoredPath[]; trend: readonly TrendPointLike[]; period: string }) {
  const { t } = useTranslation();
  const { lang } = useAppLanguage();
  const previous = useMemo(() => previousQuarterPaths(trend, period, paths), [trend, period, paths]);
  // Long path names (干部队伍与教育培训, Cadres, education and training) wrap instead of being clipped.
  const option = useMemo(
    () => pathRadarOption(pathFigures(paths), previous ? { kind: 'previous', paths: previous } : null, { lang, axisNameWidth: lang === 'zh' ? 10 : 14 }),
    [paths, previous, lang],
  );
  return (
    <Card title={t('branch.radar.title')} size="small" style={{ height: '100%' }}>
      <EChart option={option} label={t('branch.radar.title')} height={320} />
      {previous ? null : <Typography.Text type="secondary">{t('branch.radar.noPrevious')}</Typography.Text>}
    </Card>
  );
}

/** The branch's total quarter by quarter, with the grade thresholds as dashed lines. */
export function TrendCard({ trend, grades }: { trend: readonly TrendPointLike[]; grades?: GradeBand[] }) {
  const { t } = useTranslation();
  const { lang } = useAppLanguage();
  const scored = trend.filter((p) => typeof p.mean === 'number');
  const option = useMemo(() => {
    const built = trendLineOption(
      trend.map((p) => p.period),
      [{ name: t('branch.trend.series'), values: trend.map((p) => p.mean ?? null) }],
      { lang, grades },
    );
    // The builder names the axis "mean" (committee trends); one branch's figure is its total.
    return { ...built, yAxis: { ...(built.yAxis as object), name: t('branch.summary.total') } };
  }, [trend, lang, grades, t]);
  return (
    <Card title={t('branch.trend.title')} size="small" style={{ height: '100%' }}>
      {scored.length ? <EChart option={option} label={t('branch.trend.title')} height={320} /> : <Empty description={t('branch.trend.empty')} />}
    </Card>
  );
}
