import { useQuery } from '@apollo/client';
import { Button, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { RECTIFICATION_COUNTS } from '../graphql/rectification.operations';

/**
 * The overview's 整改 counts under the unit on screen (all quarters: an item stays open until
 * closed): open, of which overdue, and answered awaiting verification, with a link to the 台账.
 */
export function RectificationCountsCard({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(RECTIFICATION_COUNTS, {
    variables: { unitId },
    fetchPolicy: 'cache-and-network',
  });
  const counts = data?.rectificationCounts;
  if (error || !counts) return null;
  return (
    <Space size={4} wrap data-testid="rectification-counts" aria-label={t('rectification.counts.title')}>
      <Typography.Text type="secondary">{t('rectification.counts.title')}：</Typography.Text>
      <Tag color={counts.open ? 'orange' : 'default'}>
        {t('rectification.counts.open')} {counts.open}
      </Tag>
      <Tag color={counts.overdue ? 'red' : 'default'}>
        {t('rectification.counts.overdue')} {counts.overdue}
      </Tag>
      <Tag color={counts.answered ? 'blue' : 'default'}>
        {t('rectification.counts.answered')} {counts.answered}
      </Tag>
      <Link to="/rectification">
        <Button type="link" size="small" style={{ paddingInline: 0 }}>
          {t('rectification.counts.ledger')}
        </Button>
      </Link>
    </Space>
  );
}
