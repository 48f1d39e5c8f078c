import { useQuery } from '@apollo/client';
import { COMPARE_MIN, compareRadarOption } from '@pathboard/charts';
import { Alert, Button, Card, Result, Skeleton, Space, Table } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCompactCharts, useContentLang } from '../../../shared/charts';
import { useDescribeError } from '../../../shared/errors';
import { formatSignedChange } from '../../../shared/formatting';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import { ChartCard } from '../../overview';
import { ANNUAL_COMPARE, ANNUAL_COMPARE_PATHS } from '../graphql/annual.operations';
import { annualCompareRows, annualRadarBranches, type AnnualCompareRow } from './annual-compare-rows';
import { capText } from './cap-text';

/**
 * Compare's year option (2026年度): the chosen branches' annual figures side by side (the radar of
 * their annual path percents and a table), read from the annual figures (annualCompare).
 */
export function AnnualCompare({
  branchIds,
  year,
  frameworkId,
}: {
  branchIds: string[];
  year: number;
  /** The framework of the year's last quarter (its paths name the annual path percents). */
  frameworkId: string | undefined;
}) {
  const { t } = useTranslation();
  const lang = useContentLang();
  const compact = useCompactCharts();
  const { language } = useAppLanguage();
  const describe = useDescribeError();
  const compared = useQuery(ANNUAL_COMPARE, { variables: { branchIds, year } });
  const pathsQuery = useQuery(ANNUAL_COMPARE_PATHS, {
    variables: { frameworkId: frameworkId ?? '' },
    skip: !frameworkId,
  });
  const branches = useMemo(() => compared.data?.annualCompare ?? [], [compared.data]);
  const paths = useMemo(() => pathsQuery.data?.framework.paths ?? [], [pathsQuery.data]);
  const radar = useMemo(
    () =>
      branches.length >= COMPARE_MIN && paths.length
        ? compareRadarOption(annualRadarBranches(branches, paths), paths, {
            lang,
            axisNameWidth: lang === 'zh' ? 12 : 14,
            compact,
          })
        : null,
    [branches, paths, lang, compact],
  );

  if (compared.error) {
    const words = describe(compared.error);
    return (
      <Result
        status="error"
        title={t('compare.loadFailed')}
        subTitle={[words.message, ...words.details].join(' ')}
        extra={<Button onClick={() => void compared.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (!compared.data) return <Skeleton active paragraph={{ rows: 10 }} />;

  const rows = annualCompareRows(branches, paths, {
    lang,
    label: (key) => t(`annual.compare.${key}`),
    cap: (b) => capText(b, t, lang),
    rank: (b) => t('annual.compare.rankValue', { rank: b.rank, count: b.peerCount }),
    change: (value) => formatSignedChange(value, language),
  });
  const left = branchIds.length - branches.length;
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="annual-compare">
      {left > 0 ? (
        <Alert type="info" showIcon message={t('annual.compare.without', { count: left })} />
      ) : null}
      <ChartCard title={t('annual.compare.radar', { year })} option={radar} height={420} />
      <Card size="small" title={t('annual.compare.table', { year })}>
        <Table<AnnualCompareRow>
          size="small"
          rowKey="key"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={rows}
          columns={[
            { title: t('compare.item'), dataIndex: 'label', fixed: 'left', width: 160 },
            ...branches.map((b) => ({
              title: b.name,
              key: b.branchId,
              render: (_: unknown, row: AnnualCompareRow) => row.cells[b.branchId],
            })),
          ]}
        />
      </Card>
    </Space>
  );
}
