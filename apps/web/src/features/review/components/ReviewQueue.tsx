import { compareRisk } from '@pathboard/scoring';
import { Badge, Button, Card, Empty, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useMemo, useState } from 'react';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { AssessmentStatus } from '../../../generated/graphql';
import { formatDateTime, formatRatioAsPercent, formatScore } from '../../../shared/formatting';
import {
  AssessmentStatusTag,
  GradeTag,
  SectorText,
} from '../../../shared/assessment-form/components/AssessmentTags';
import { PeriodSelect } from '../../../shared/components/PeriodSelect';
import { LoadError, ScreenSkeleton } from '../../../shared/assessment-form/components/ScreenStates';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import {
  defaultEditablePeriod,
  usePeriodParam,
  usePeriods,
} from '../../../shared/assessment-form/hooks/usePeriods';
import { type QueueRow, useReviewQueue } from '../hooks/useReviewQueue';
import { AnnualClaimsQueue } from '../../annual';
import { InflationText } from '../../../shared/quality/FlagList';
import { type RiskRow, useReviewRisks } from '../../../shared/quality/use-quality';

type Row = QueueRow & { risk?: RiskRow };
const NO_RISK = { openFlags: 0, inflation: null };

const STATUSES: AssessmentStatus[] = ['SUBMITTED', 'RETURNED', 'APPROVED', 'DRAFT'];
const ALL = 'ALL';

/** ?status=… (default SUBMITTED: what waits for the reviewer); ALL lists every status. */
function useStatusParam(): [AssessmentStatus | null, (status: string) => void] {
  const [params, setParams] = useSearchParams();
  const asked = params.get('status');
  const status =
    asked === ALL
      ? null
      : STATUSES.includes(asked as AssessmentStatus)
        ? (asked as AssessmentStatus)
        : 'SUBMITTED';
  const choose = (next: string) =>
    setParams((current) => {
      const copy = new URLSearchParams(current);
      copy.set('status', next);
      return copy;
    });
  return [status, choose];
}

/** /review — the quarter's assessments in scope, submitted ones first by default. */
export function ReviewQueue() {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const periodsQuery = usePeriods();
  const [period, setPeriod] = usePeriodParam(
    periodsQuery.periods,
    defaultEditablePeriod(periodsQuery.periods),
  );
  const [status, setStatus] = useStatusParam();
  const queue = useReviewQueue(period, status);
  const risks = useReviewRisks(period);
  const rows: Row[] = useMemo(() => {
    const byId = new Map(risks.rows.map((r) => [r.assessmentId, r]));
    return queue.rows.map((row) => ({ ...row, risk: byId.get(row.id) }));
  }, [queue.rows, risks.rows]);
  // Controlled sorting, so the "sort by risk" button and the column headers agree.
  const [sort, setSort] = useState<{ key: string; order: SortOrder }>({
    key: 'submittedAt',
    order: 'ascend',
  });
  const orderOf = (key: string): SortOrder => (sort.key === key ? sort.order : null);

  const columns: ColumnsType<Row> = [
    {
      title: t('review.queue.branch'),
      key: 'branch',
      render: (_, row) => (
        <Space direction="vertical" size={0}>
          <Link to={`/review/${row.branchId}?period=${row.periodCode}`}>
            {row.branch?.name ?? row.branchId}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.branch?.code}
          </Typography.Text>
        </Space>
      ),
      sorter: (a, b) => (a.branch?.code ?? '').localeCompare(b.branch?.code ?? ''),
      sortOrder: orderOf('branch'),
    },
    {
      title: t('review.queue.sector'),
      key: 'sector',
      render: (_, row) => <SectorText sector={row.branch?.sector} />,
      responsive: ['lg'],
    },
    {
      title: t('review.queue.submittedAt'),
      key: 'submittedAt',
      render: (_, row) => (
        <Space size={4} wrap>
          {formatDateTime(row.submittedAt, language)}
          {row.onTime === false ? <Tag color="red">{t('review.queue.late')}</Tag> : null}
        </Space>
      ),
      // not yet submitted: last
      sorter: (a, b) => (a.submittedAt ?? '\uffff').localeCompare(b.submittedAt ?? '\uffff'),
      sortOrder: orderOf('submittedAt'),
    },
    {
      title: (
        <Tooltip title={t('quality.inflationHelp')}>
          <span>{t('quality.riskRank')}</span>
        </Tooltip>
      ),
      key: 'risk',
      // Riskiest first when ascending: open flags, then inflation (libs/scoring compareRisk).
      sorter: (a, b) => compareRisk(a.risk ?? NO_RISK, b.risk ?? NO_RISK),
      sortOrder: orderOf('risk'),
      render: (_, row) =>
        row.risk ? (
          <Space direction="vertical" size={0} data-testid="queue-risk">
            <Space size={4}>
              <Badge
                count={row.risk.openFlags}
                showZero
                color={row.risk.openFlags > 0 ? 'orange' : 'green'}
                title={t('quality.openFlags')}
              />
              <Typography.Text type="secondary">{t('quality.openFlags')}</Typography.Text>
            </Space>
            <InflationText value={row.risk.inflation} quarters={row.risk.inflationQuarters} />
          </Space>
        ) : null,
    },
    {
      title: t('review.queue.selfTotal'),
      key: 'selfTotal',
      align: 'right',
      render: (_, row) => (
        <Space size={4}>
          {formatScore(row.selfScore?.total, language)}
          <GradeTag grade={row.selfScore?.grade} />
        </Space>
      ),
      sorter: (a, b) => (a.selfScore?.total ?? -1) - (b.selfScore?.total ?? -1),
      sortOrder: orderOf('selfTotal'),
    },
    {
      title: t('review.queue.completeness'),
      key: 'completeness',
      align: 'right',
      render: (_, row) => formatRatioAsPercent(row.selfScore?.completeness, language, 0),
      responsive: ['lg'],
    },
    {
      title: t('review.queue.status'),
      key: 'status',
      render: (_, row) => <AssessmentStatusTag status={row.status} />,
      responsive: ['lg'],
    },
    {
      title: t('review.queue.action'),
      key: 'action',
      render: (_, row) => (
        <Link to={`/review/${row.branchId}?period=${row.periodCode}`}>
          {row.status === 'SUBMITTED' ? t('review.queue.review') : t('review.queue.view')}
        </Link>
      ),
    },
  ];

  const body = () => {
    if (periodsQuery.loading) return <ScreenSkeleton />;
    if (periodsQuery.error && periodsQuery.periods.length === 0)
      return <LoadError error={periodsQuery.error} onRetry={() => void periodsQuery.refetch()} />;
    if (!period) return <Empty description={t('assessment.empty.noPeriods')} />;
    if (queue.error && queue.rows.length === 0)
      return <LoadError error={queue.error} onRetry={() => void queue.refetch()} />;
    // Nothing arrived yet: a skeleton, never "nothing to review" (the table's empty text) under a spinner.
    if (queue.loading) return <ScreenSkeleton />;
    return (
      // The queue's own table: the screen also lists the year's annual claims in a table of theirs.
      <div data-testid="review-queue">
        <Table<Row>
          rowKey="id"
          columns={columns}
          dataSource={rows}
          onChange={(_pagination, _filters, sorter) => {
            const one = Array.isArray(sorter) ? sorter[0] : sorter;
            setSort({ key: String(one?.columnKey ?? ''), order: one?.order ?? null });
          }}
          loading={queue.refreshing}
          pagination={{
            pageSize: 20,
            hideOnSinglePage: true,
            showTotal: (count) => t('review.queue.count', { count }),
          }}
          locale={{ emptyText: <Empty description={t('review.queue.empty')} /> }}
          scroll={{ x: 'max-content' }}
          size="middle"
        />
      </div>
    );
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('review.queue.title')}
            </Typography.Title>
            <Space wrap>
              <Button onClick={() => setSort({ key: 'risk', order: 'ascend' })}>
                {t('quality.sortByRisk')}
              </Button>
              {periodsQuery.periods.length ? (
                <PeriodSelect periods={periodsQuery.periods} value={period} onChange={setPeriod} />
              ) : null}
              <Select
                aria-label={t('review.queue.status')}
                value={status ?? ALL}
                onChange={setStatus}
                style={{ minWidth: 160 }}
                options={[
                  ...STATUSES.map((s) => ({ value: s, label: t(`assessment.status.${s}`) })),
                  { value: ALL, label: t('review.queue.all') },
                ]}
              />
            </Space>
          </Space>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('review.queue.intro')}
          </Typography.Paragraph>
          {body()}
        </Space>
      </Card>
      {/* The year of the quarter shown: its annual claims waiting for this reviewer. */}
      {period ? <AnnualClaimsQueue year={Number(period.slice(0, 4))} period={period} /> : null}
    </Space>
  );
}
