import { useQuery } from '@apollo/client';
import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { RECTIFICATION_COUNTS } from '../graphql/rectification.operations';
import { ledgerHref } from '../model/ledger-filter';

/**
 * The overview's 整改 counts under the unit on screen (all quarters: an item stays open until
 * closed): open, of which overdue, and answered awaiting verification; each opens the 台账 filtered
 * to those items under the same unit.
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
      <Typography.Text type="secondary">
        {t('header.labelled', { label: t('rectification.counts.title'), text: '' })}
      </Typography.Text>
      <Link to={ledgerHref({ status: 'OPEN', unitId })} data-testid="rectification-count-open">
        <Tag color={counts.open ? 'orange' : 'default'}>
          {t('rectification.counts.open')} {counts.open}
        </Tag>
      </Link>
      <Link to={ledgerHref({ overdue: true, unitId })} data-testid="rectification-count-overdue">
        <Tag color={counts.overdue ? 'red' : 'default'}>
          {t('rectification.counts.overdue')} {counts.overdue}
        </Tag>
      </Link>
      <Link to={ledgerHref({ status: 'ANSWERED', unitId })} data-testid="rectification-count-answered">
        <Tag color={counts.answered ? 'blue' : 'default'}>
          {t('rectification.counts.answered')} {counts.answered}
        </Tag>
      </Link>
      {/* A plain link (a button inside a link was two tab stops for one destination). */}
      <Link to={ledgerHref({ unitId })}>{t('rectification.counts.ledger')}</Link>
    </Space>
  );
}
