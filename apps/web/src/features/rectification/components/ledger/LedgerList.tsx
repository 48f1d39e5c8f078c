import { Card, Collapse, Descriptions, Empty, List, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDeadline, formatPeriodShort } from '../../../../shared/formatting';
import { useAppLanguage } from '../../../../shared/i18n/use-app-language';
import { ItemRejection, standingRejection } from '../RejectionNote';
import { IndicatorName, ItemAction, ItemHistory, StatusTags, type LedgerViewProps } from './ledger-parts';

/**
 * The ledger on a phone: a card per item, read top to bottom, with its one action as a full-width
 * button (in the table it sat in the ninth column, off the screen) and its history folded below.
 */
export function LedgerList({ items, loading, ...actions }: LedgerViewProps) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  return (
    <List
      loading={loading}
      dataSource={[...items]}
      locale={{ emptyText: <Empty description={t('rectification.empty')} /> }}
      renderItem={(item) => (
        <List.Item style={{ padding: '6px 0', border: 'none' }}>
          <Card
            size="small"
            style={{ width: '100%' }}
            data-testid="ledger-card"
            title={<IndicatorName item={item} />}
            extra={<StatusTags item={item} />}
          >
            <Space direction="vertical" style={{ width: '100%' }}>
              {/* Sent back: why, first; the measures below are the ones that did not pass. */}
              <ItemRejection item={item} />
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'branch', label: t('rectification.columns.branch'), children: item.branchName },
                  {
                    key: 'period',
                    label: t('rectification.columns.period'),
                    children: formatPeriodShort(item.periodCode, language),
                  },
                  { key: 'problem', label: t('rectification.columns.problem'), children: item.problem },
                  {
                    key: 'requiredAction',
                    label: t('rectification.columns.requiredAction'),
                    children: item.requiredAction,
                  },
                  {
                    key: 'deadline',
                    label: t('rectification.columns.deadline'),
                    children: formatDeadline(item.deadline, language),
                  },
                  ...(item.measures
                    ? [
                        {
                          key: 'measures',
                          label: t(
                            standingRejection(item)
                              ? 'rectification.columns.rejectedMeasures'
                              : 'rectification.columns.measures',
                          ),
                          children: item.measures,
                        },
                      ]
                    : []),
                ]}
              />
              <ItemAction item={item} block {...actions} />
              <Collapse
                size="small"
                ghost
                items={[
                  {
                    key: 'history',
                    label: t('rectification.history'),
                    children: <ItemHistory item={item} />,
                  },
                ]}
              />
            </Space>
          </Card>
        </List.Item>
      )}
    />
  );
}
