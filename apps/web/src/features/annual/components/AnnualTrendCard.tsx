import { useQuery } from '@apollo/client';
import { trendLineOption } from '@pathboard/charts';
import { Card, Empty, Skeleton } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart, useContentLang } from '../../../shared/charts';
import { ANNUAL_TREND } from '../graphql/annual.operations';

/**
 * The trend's year option: a unit's mean annual total per year, or a branch's own annual total,
 * read from the annual figures (annualTrend). No grade lines: an annual grade list has its own scale
 * (积分制 totals run to 400).
 */
export function AnnualTrendChart({
  unitId,
  fromYear,
  toYear,
  branch,
  height = 320,
}: {
  unitId: string;
  fromYear: number;
  toYear: number;
  /** A branch's own totals (else the mean of the unit's branches). */
  branch?: boolean;
  height?: number;
}) {
  const { t } = useTranslation();
  const lang = useContentLang();
  const { data, loading } = useQuery(ANNUAL_TREND, {
    variables: { unitId, fromYear, toYear },
    fetchPolicy: 'cache-and-network',
  });
  const points = useMemo(() => data?.annualTrend ?? [], [data]);
  const option = useMemo(
    () =>
      trendLineOption(
        points.map((p) => t('annual.trend.axis', { year: p.year })),
        [{ name: t(branch ? 'annual.trend.total' : 'annual.trend.mean'), values: points.map((p) => p.mean) }],
        { lang, valueName: branch ? 'total' : 'mean', gradeLines: false },
      ),
    [points, lang, branch, t],
  );
  if (loading && !data) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (!points.some((p) => p.mean !== null)) return <Empty description={t('annual.trend.empty')} />;
  return <EChart option={option} label={t('annual.trend.title')} height={height} />;
}

/** The annual trend in a card (the overview's year view). */
export function AnnualTrendCard(props: { unitId: string; fromYear: number; toYear: number }) {
  const { t } = useTranslation();
  return (
    <Card title={t('annual.trend.title')} size="small" data-testid="annual-trend">
      <AnnualTrendChart {...props} />
    </Card>
  );
}
