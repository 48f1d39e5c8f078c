import { Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDeadline, formatPeriodShort } from '../../../../shared/formatting';
import { useAppLanguage } from '../../../../shared/i18n/use-app-language';
import { RejectionNote, standingRejection } from '../RejectionNote';
import {
  IndicatorName,
  ItemAction,
  ItemHistory,
  StatusTags,
  type LedgerItem,
  type LedgerViewProps,
} from './ledger-parts';

/** The ledger as a table (a tablet or wider); each row expands to its history. */
export function LedgerTable({ items, loading, ...actions }: LedgerViewProps) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  return (
    <Table<LedgerItem>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={[...items]}
      locale={{ emptyText: t('rectification.empty') }}
      scroll={{ x: 960 }}
      expandable={{ expandedRowRender: (item) => <ItemHistory item={item} /> }}
      columns={[
        { key: 'branch', title: t('rectification.columns.branch'), dataIndex: 'branchName' },
        {
          key: 'period',
          title: t('rectification.columns.period'),
          render: (_: unknown, i: LedgerItem) => formatPeriodShort(i.periodCode, language),
        },
        {
          key: 'indicator',
          title: t('rectification.columns.indicator'),
          render: (_: unknown, i: LedgerItem) => <IndicatorName item={i} />,
        },
        { key: 'problem', title: t('rectification.columns.problem'), dataIndex: 'problem' },
        {
          key: 'requiredAction',
          title: t('rectification.columns.requiredAction'),
          dataIndex: 'requiredAction',
        },
        {
          key: 'deadline',
          title: t('rectification.columns.deadline'),
          render: (_: unknown, i: LedgerItem) => formatDeadline(i.deadline, language),
        },
        {
          key: 'status',
          title: t('rectification.columns.status'),
          render: (_: unknown, i: LedgerItem) => <StatusTags item={i} />,
        },
        {
          key: 'measures',
          title: t('rectification.columns.measures'),
          render: (_: unknown, i: LedgerItem) => <Measures item={i} />,
        },
        {
          key: 'actions',
          title: t('rectification.columns.actions'),
          render: (_: unknown, i: LedgerItem) => <ItemAction item={i} {...actions} />,
        },
      ]}
    />
  );
}

/** The measures of the latest answer; on an item sent back, why first, then the rejected measures. */
function Measures({ item }: { item: LedgerItem }) {
  const { t } = useTranslation();
  const rejection = standingRejection(item);
  if (!rejection) return <>{item.measures}</>;
  return (
    <Space direction="vertical" size={4} style={{ minWidth: 220 }}>
      <RejectionNote rejection={rejection} />
      {item.measures ? (
        <Typography.Text type="secondary">
          {t('rectification.columns.rejectedMeasuresText', { measures: item.measures })}
        </Typography.Text>
      ) : null}
    </Space>
  );
}
