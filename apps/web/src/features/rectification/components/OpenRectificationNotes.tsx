import { useQuery } from '@apollo/client';
import { Alert, Space, Tag, Typography } from 'antd';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { OpenRectificationsQuery } from '../../../generated/graphql';
import { formatDeadline, formatPeriod } from '../../../shared/formatting';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import { OPEN_RECTIFICATIONS } from '../graphql/rectification.operations';
import { standingRejection, useRejectionText } from './RejectionNote';

export type OpenRectification = OpenRectificationsQuery['rectifications'][number];

const NONE: readonly OpenRectification[] = [];

/**
 * The branch's unclosed 整改事项 (OPEN or ANSWERED, from any quarter), by indicator: the quarterly
 * form shows them beside the indicators they concern. One query for the whole form.
 */
export function useOpenRectifications(
  branchId: string | undefined,
): (code: string) => readonly OpenRectification[] {
  const { data } = useQuery(OPEN_RECTIFICATIONS, {
    variables: { filter: { branchId } },
    skip: !branchId,
    fetchPolicy: 'cache-and-network',
  });
  const byCode = useMemo(() => {
    const map = new Map<string, OpenRectification[]>();
    for (const item of data?.rectifications ?? []) {
      if (item.status === 'CLOSED') continue;
      map.set(item.indicatorCode, [...(map.get(item.indicatorCode) ?? []), item]);
    }
    return map;
  }, [data]);
  return (code) => byCode.get(code) ?? NONE;
}

/** The open items of one indicator, under its input. */
export const OpenRectificationNotes = memo(function OpenRectificationNotes({
  code,
  items,
}: {
  code: string;
  items: readonly OpenRectification[];
}) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const rejectionText = useRejectionText();
  if (!items.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 8 }}
      data-testid={`open-rectifications-${code}`}
      message={t('rectification.openItems.title')}
      description={
        <Space direction="vertical" size={2}>
          {items.map((item) => (
            <Space key={item.id} wrap size={4}>
              <Tag>{formatPeriod(item.periodCode, language)}</Tag>
              <Typography.Text>{item.problem}</Typography.Text>
              <Tag color={item.status === 'OPEN' ? 'orange' : 'blue'}>
                {t(`rectification.status.${item.status}`)}
              </Tag>
              {item.overdue ? <Tag color="red">{t('rectification.overdue')}</Tag> : null}
              <Typography.Text type="secondary">
                {t('rectification.openItems.deadline', { date: formatDeadline(item.deadline, language) })}
              </Typography.Text>
              {item.status === 'OPEN' ? (
                <Link to="/rectification">{t('rectification.openItems.answer')}</Link>
              ) : null}
              {/* Sent back: why, beside the indicator the branch is about to fill in again. */}
              {standingRejection(item) ? (
                <Typography.Text type="danger" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {rejectionText(standingRejection(item)!)}
                </Typography.Text>
              ) : null}
            </Space>
          ))}
        </Space>
      }
    />
  );
});
