import { TEXT_LIMITS } from '@pathboard/text-limits';
import {
  Badge,
  Button,
  Card,
  Empty,
  Grid,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ReviewQueueSort } from '../../../generated/graphql';
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
import { type QueueRow, useQueueUrlState, useReviewQueue } from '../hooks/useReviewQueue';
import { ALL_STATUSES, QUEUE_PAGE_SIZE, QUEUE_STATUSES, type QueueUrlState } from '../model/queue-url-state';
import { QUEUE_COLUMN_WIDTHS, queueScrollX } from '../model/queue-columns';
import { AnnualClaimsQueue } from '../../annual';
import { InflationText } from '../../../shared/quality/FlagList';
import { usePhone } from '../../../shared/layout/use-phone';

/** The table's sortable columns and the server's orders. */
const SORT_OF_COLUMN: Record<string, ReviewQueueSort> = {
  branch: 'BRANCH',
  submittedAt: 'SUBMITTED_AT',
  risk: 'RISK',
  selfTotal: 'SELF_TOTAL',
};

/**
 * /review — one page of the quarter's assessments in scope, submitted ones first by default. The
 * server orders, filters and pages (reviewQueue), so a district of thousands sends 20 rows.
 */
export function ReviewQueue() {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const periodsQuery = usePeriods();
  const [period] = usePeriodParam(periodsQuery.periods, defaultEditablePeriod(periodsQuery.periods));
  const [view, setView, choosePeriod] = useQueueUrlState();
  // A page past the end (its last rows were reviewed meanwhile, or an old link) shows the last page.
  // Held here, not written to the address: the router's update would race the query's own renders.
  const [lastPage, setLastPage] = useState<{ asked: number; last: number } | null>(null);
  const page = lastPage?.asked === view.page ? Math.min(view.page, lastPage.last) : view.page;
  const queue = useReviewQueue(period, { ...view, page });
  const pastTheEnd = !queue.loading && !queue.refreshing && queue.rows.length === 0 && queue.totalCount > 0;
  useEffect(() => {
    if (pastTheEnd && page > 1)
      setLastPage({ asked: view.page, last: Math.ceil(queue.totalCount / QUEUE_PAGE_SIZE) });
  }, [pastTheEnd, page, view.page, queue.totalCount]);
  const orderOf = (key: string): SortOrder =>
    SORT_OF_COLUMN[key] === view.sortBy ? (view.descending ? 'descend' : 'ascend') : null;

  const phone = usePhone();
  // lg and up show every column, each at a set width so the table fits (model/queue-columns.ts).
  const wide = Grid.useBreakpoint().lg === true;
  const width = (key: keyof typeof QUEUE_COLUMN_WIDTHS) => (wide ? QUEUE_COLUMN_WIDTHS[key] : undefined);
  const columns: ColumnsType<QueueRow> = [
    {
      title: t('review.queue.branch'),
      key: 'branch',
      // The branch and the action stay in view while the figures between scroll: on a phone the
      // table showed the name and half a time, the score, status and 审核 link off-screen.
      fixed: 'left',
      width: phone ? 140 : undefined,
      render: (_, row) => (
        <Space direction="vertical" size={0}>
          <Link to={`/review/${row.branchId}?period=${row.periodCode}`}>{row.branchName}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.branchCode}
          </Typography.Text>
        </Space>
      ),
      sorter: true,
      sortOrder: orderOf('branch'),
    },
    {
      title: t('review.queue.sector'),
      key: 'sector',
      width: width('sector'),
      render: (_, row) => <SectorText sector={row.sector} />,
      responsive: ['lg'],
    },
    {
      title: t('review.queue.submittedAt'),
      key: 'submittedAt',
      width: width('submittedAt'),
      render: (_, row) => (
        <Space size={4} wrap>
          {formatDateTime(row.submittedAt, language)}
          {row.onTime === false ? <Tag color="red">{t('review.queue.late')}</Tag> : null}
        </Space>
      ),
      // not yet submitted: last either way (the server's order)
      sorter: true,
      sortOrder: orderOf('submittedAt'),
    },
    {
      title: (
        <Tooltip title={t('quality.inflationHelp')}>
          <span>{t('quality.riskRank')}</span>
        </Tooltip>
      ),
      key: 'risk',
      width: width('risk'),
      // Riskiest first when ascending: open flags, then inflation (libs/scoring compareRisk, on the server).
      sorter: true,
      sortOrder: orderOf('risk'),
      render: (_, row) => (
        <Space direction="vertical" size={0} data-testid="queue-risk">
          <Space size={4}>
            <Badge
              count={row.openFlags}
              showZero
              color={row.openFlags > 0 ? 'orange' : 'green'}
              title={t('quality.openFlags')}
            />
            <Typography.Text type="secondary">{t('quality.openFlags')}</Typography.Text>
          </Space>
          <InflationText value={row.inflation} quarters={row.inflationQuarters} />
        </Space>
      ),
    },
    {
      title: t('review.queue.selfTotal'),
      key: 'selfTotal',
      align: 'right',
      width: width('selfTotal'),
      render: (_, row) => (
        <Space size={4} wrap style={{ justifyContent: 'flex-end' }}>
          {formatScore(row.selfTotal, language)}
          <GradeTag grade={row.selfGrade} />
        </Space>
      ),
      sorter: true,
      sortOrder: orderOf('selfTotal'),
    },
    {
      title: t('review.queue.completeness'),
      key: 'completeness',
      align: 'right',
      width: width('completeness'),
      render: (_, row) => formatRatioAsPercent(row.completeness, language, 0),
      responsive: ['lg'],
    },
    {
      title: t('review.queue.status'),
      key: 'status',
      width: width('status'),
      render: (_, row) => <AssessmentStatusTag status={row.status} wrap />,
      responsive: ['lg'],
    },
    {
      title: t('review.queue.action'),
      key: 'action',
      fixed: 'right',
      width: width('action'),
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
        <Table<QueueRow>
          rowKey="assessmentId"
          columns={columns}
          dataSource={queue.rows}
          onChange={(pagination, _filters, sorter, { action }) => {
            if (action === 'paginate') return setView({ page: pagination.current ?? 1 });
            const one = Array.isArray(sorter) ? sorter[0] : sorter;
            const sortBy = SORT_OF_COLUMN[String(one?.columnKey ?? '')];
            // A third click clears the column's order: back to the queue's own order.
            setView(
              sortBy && one?.order
                ? { sortBy, descending: one.order === 'descend' }
                : { sortBy: 'SUBMITTED_AT', descending: false },
            );
          }}
          loading={queue.refreshing}
          pagination={{
            current: page,
            pageSize: QUEUE_PAGE_SIZE,
            total: queue.totalCount,
            showSizeChanger: false,
            hideOnSinglePage: true,
            showTotal: (count) => t('review.queue.count', { count }),
          }}
          locale={{ emptyText: <Empty description={t('review.queue.empty')} /> }}
          scroll={{ x: queueScrollX(wide) }}
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
              <Button onClick={() => setView({ sortBy: 'RISK', descending: false })}>
                {t('quality.sortByRisk')}
              </Button>
              <Input.Search
                // Remounted when the address changes it (Back, the menu), so it shows what is searched.
                key={view.search}
                aria-label={t('review.queue.search')}
                placeholder={t('review.queue.search')}
                defaultValue={view.search}
                maxLength={TEXT_LIMITS.search}
                allowClear
                onSearch={(search) => setView({ search })}
                style={{ width: 200 }}
              />
              {periodsQuery.periods.length ? (
                <PeriodSelect periods={periodsQuery.periods} value={period} onChange={choosePeriod} />
              ) : null}
              <Select
                aria-label={t('review.queue.status')}
                value={view.status ?? ALL_STATUSES}
                onChange={(value: string) => setView({ status: statusOf(value) })}
                style={{ minWidth: 160 }}
                options={[
                  ...QUEUE_STATUSES.map((s) => ({ value: s, label: t(`assessment.status.${s}`) })),
                  { value: ALL_STATUSES, label: t('review.queue.all') },
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

function statusOf(value: string): QueueUrlState['status'] {
  return QUEUE_STATUSES.find((s) => s === value) ?? null;
}
