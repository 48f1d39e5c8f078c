import { useQuery } from '@apollo/client';
import { Card, Empty, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { AnnualClaimsToReviewQuery } from '../../../generated/graphql';
import { formatDateTime } from '../../../shared/formatting';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import { LoadError } from '../../../shared/assessment-form/components/ScreenStates';
import { ANNUAL_CLAIMS_TO_REVIEW } from '../graphql/annual-items.operations';
import { AnnualReviewStateTag } from './AnnualReviewStateTag';

type Row = AnnualClaimsToReviewQuery['annualClaimsToReview'][number];

/**
 * 年度事项待审核: the branches of the reviewer's scope whose annual claims of `year` wait for a
 * review (never reviewed, or changed since), each linking to the branch page where its annual items
 * card takes the review. `period`: the quarter the branch page opens on (its year's card shows).
 */
export function AnnualClaimsQueue({ year, period }: { year: number; period: string }) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const { data, loading, error, refetch } = useQuery(ANNUAL_CLAIMS_TO_REVIEW, {
    variables: { year },
    fetchPolicy: 'cache-and-network',
  });
  const link = (row: Row) => `/branches/${row.branchId}?period=${period}`;
  const columns: ColumnsType<Row> = [
    {
      title: t('annual.claimsQueue.branch'),
      key: 'branch',
      render: (_, row) => (
        <Space direction="vertical" size={0}>
          <Link to={link(row)}>{row.branchName}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.branchCode}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('annual.claimsQueue.waiting'),
      key: 'waiting',
      render: (_, row) => (
        <Space size={4} wrap>
          {row.pending ? <AnnualReviewStateTag state="PENDING" count={row.pending} /> : null}
          {row.changed ? <AnnualReviewStateTag state="CHANGED" count={row.changed} /> : null}
        </Space>
      ),
    },
    {
      title: t('annual.claimsQueue.claimedAt'),
      key: 'claimedAt',
      render: (_, row) => formatDateTime(row.claimedAt, language),
      responsive: ['md'],
    },
    {
      title: t('review.queue.action'),
      key: 'action',
      render: (_, row) => <Link to={link(row)}>{t('annual.claimsQueue.review')}</Link>,
    },
  ];
  return (
    <Card title={t('annual.claimsQueue.title')} data-testid="annual-claims-queue">
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('annual.claimsQueue.intro', { year })}
        </Typography.Paragraph>
        {error && !data ? (
          <LoadError error={error} onRetry={() => void refetch()} />
        ) : (
          <Table<Row>
            rowKey="branchId"
            columns={columns}
            dataSource={data?.annualClaimsToReview ?? []}
            loading={loading}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            locale={{
              emptyText: loading ? ' ' : <Empty description={t('annual.claimsQueue.empty')} />,
            }}
            size="small"
          />
        )}
      </Space>
    </Card>
  );
}
