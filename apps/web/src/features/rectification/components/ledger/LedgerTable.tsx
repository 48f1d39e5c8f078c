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

/**
 * The ledger as a table (a tablet or wider); each row expands to its history. The short columns have
 * fixed widths and the prose (problem, required action, measures) takes the rest.
 */
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
        {
          // The quarter under the branch: a column of its own left the prose columns too narrow at 1280 px.
          key: 'branch',
          title: joinTitles(t('rectification.columns.branch'), t('rectification.columns.period')),
          width: BRANCH_WIDTH,
          render: (_: unknown, i: LedgerItem) => (
            <>
              <BranchName name={i.branchName} />
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {formatPeriodShort(i.periodCode, language)}
              </Typography.Text>
            </>
          ),
        },
        {
          key: 'indicator',
          title: t('rectification.columns.indicator'),
          width: 120,
          render: (_: unknown, i: LedgerItem) => <IndicatorName item={i} />,
        },
        { key: 'problem', title: t('rectification.columns.problem'), dataIndex: 'problem' },
        {
          key: 'requiredAction',
          title: t('rectification.columns.requiredAction'),
          dataIndex: 'requiredAction',
        },
        {
          // The deadline under the status, beside the 逾期 tag it explains.
          key: 'status',
          title: joinTitles(t('rectification.columns.status'), t('rectification.columns.deadline')),
          width: 128,
          render: (_: unknown, i: LedgerItem) => (
            <>
              <StatusTags item={i} />
              <Typography.Text
                type={i.overdue ? 'danger' : 'secondary'}
                style={{ display: 'block', fontSize: 12, marginTop: 4 }}
              >
                {formatDeadline(i.deadline, language)}
              </Typography.Text>
            </>
          ),
        },
        {
          key: 'measures',
          title: t('rectification.columns.measures'),
          render: (_: unknown, i: LedgerItem) => <Measures item={i} />,
        },
        {
          key: 'actions',
          title: t('rectification.columns.actions'),
          width: 96,
          render: (_: unknown, i: LedgerItem) => <ItemAction item={i} {...actions} />,
        },
      ]}
    />
  );
}

const joinTitles = (first: string, second: string) => `${first} / ${second}`;

/** The branch column's width; a cell's padding (size small: 8 px a side) leaves the name the rest. */
const BRANCH_WIDTH = 176;

/**
 * The branch on one line: a longer name ends in "…" and shows whole on hover (its title) and to a
 * screen reader (the text is all there, only clipped).
 */
function BranchName({ name }: { name: string }) {
  return (
    <div
      title={name}
      style={{
        maxWidth: BRANCH_WIDTH - 16,
        overflow: 'hidden',
        whiteSpace: 'nowrap',
        textOverflow: 'ellipsis',
      }}
    >
      {name}
    </div>
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
