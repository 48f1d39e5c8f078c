import { Card, Empty, Skeleton, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { InflationText } from '../../../shared/quality/FlagList';
import { useInflationLeaders } from '../../../shared/quality/use-quality';
import { branchHref } from './branch-columns';

/**
 * The committee's list of self-assessment inflation (docs/metrics.md "Self-assessment inflation"):
 * the branches in the caller's scope with the largest mean self − official gap over four quarters
 * (the server's `inflationLeaders`).
 */
export function InflationListCard({ period, limit = 10 }: { period: string; limit?: number }) {
  const { t } = useTranslation();
  // The server ranks and bounds the list: a district of 5,000 branches sends 10 rows, not 5,000.
  const { rows: top, loading } = useInflationLeaders(period, limit);
  return (
    // aria-busy while the list loads: "none" is only said once the server has answered.
    <Card size="small" title={t('quality.committeeTitle')} data-testid="inflation-list" aria-busy={loading}>
      <Typography.Paragraph type="secondary">{t('quality.committeeIntro')}</Typography.Paragraph>
      {loading ? (
        <Skeleton active title={false} paragraph={{ rows: 3 }} />
      ) : top.length === 0 ? (
        <Empty description={t('quality.committeeEmpty')} />
      ) : (
        <Table
          rowKey="assessmentId"
          size="small"
          pagination={false}
          dataSource={top}
          columns={[
            {
              title: t('quality.branch'),
              render: (_, r) => <Link to={branchHref(r.branchId, period)}>{r.branchName}</Link>,
            },
            {
              title: t('quality.inflation'),
              render: (_, r) => <InflationText value={r.inflation} quarters={r.inflationQuarters} />,
            },
          ]}
        />
      )}
    </Card>
  );
}
