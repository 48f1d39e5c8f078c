import { percentileText } from '@pathboard/scoring';
import { useQuery } from '@apollo/client';
import { Alert, Card, Col, Empty, Row, Skeleton, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AnnualScoreboardQuery } from '../../../generated/graphql';
import { LoadError } from '../../../shared/assessment-form/components/ScreenStates';
import { formatSignedChange } from '../../../shared/formatting';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import { ANNUAL_SCOREBOARD } from '../graphql/annual.operations';
import { AnnualDownloads } from './AnnualDownloads';
import { AnnualTrendCard } from './AnnualTrendCard';
import { capText } from './cap-text';

type Board = AnnualScoreboardQuery['annualScoreboard'];
type Row = Board['branches'][number];

const STATUS_TYPE: Record<string, 'info' | 'success' | 'warning'> = {
  OPEN: 'info',
  FROZEN: 'success',
  CHANGED: 'warning',
};

/** The year (2026年度) of a unit: annual grades, their distribution, the capped branches and the ranking. */
export function AnnualOverview({
  unitId,
  year,
  onOpenUnit,
}: {
  unitId: string;
  year: number;
  onOpenUnit?: (unitId: string) => void;
}) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const lang = language === 'en' ? 'en' : 'zh';
  const { data, loading, error, refetch } = useQuery(ANNUAL_SCOREBOARD, {
    variables: { unitId, year },
    fetchPolicy: 'no-cache',
  });
  // Worded for the user (describe-error.ts), never the server's raw message.
  if (error) return <LoadError error={error} title={t('annual.loadFailed')} onRetry={() => void refetch()} />;
  if (loading || !data) return <Skeleton active paragraph={{ rows: 12 }} />;
  const b = data.annualScoreboard;
  const fixed = (n: number | null | undefined) => (n === null || n === undefined ? '—' : n.toFixed(2));
  const gradeName = (code: string) => b.grades.find((g) => g.code === code)?.name[lang] ?? code;

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="annual-overview">
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Alert type={STATUS_TYPE[b.status] ?? 'info'} showIcon message={t(`annual.status.${b.status}`)} />
        <AnnualDownloads unitId={unitId} year={year} name={b.unit.name} />
      </Space>
      {b.branchCount === 0 ? (
        <Card>
          <Empty description={t('annual.noData')} />
        </Card>
      ) : (
        <>
          <Row gutter={[12, 12]}>
            <Col xs={24} sm={8}>
              <Card>
                <Statistic title={t('annual.branchCount')} value={b.branchCount} />
              </Card>
            </Col>
            <Col xs={24} sm={8}>
              <Card>
                <Statistic title={t('annual.mean')} value={fixed(b.mean)} />
                <Typography.Text type="secondary">
                  {b.previousYear
                    ? t('annual.previousMean', { year: b.previousYear, value: fixed(b.previousMean) })
                    : t('annual.noPrevious')}
                </Typography.Text>
              </Card>
            </Col>
            <Col xs={24} sm={8}>
              <Card>
                <Statistic title={t('annual.capped')} value={b.cappedCount} />
                <Typography.Text type="secondary">{t('annual.cappedDetail')}</Typography.Text>
              </Card>
            </Col>
          </Row>
          <AnnualTrendCard unitId={unitId} fromYear={year - 4} toYear={year} />
          <Card title={t('annual.distribution')} size="small">
            <Space wrap>
              {b.grades.map((g, i) => (
                <Tag key={g.code} data-testid={`annual-grade-${g.code}`}>
                  {t('annual.gradeCount', { grade: g.name[lang], count: b.gradeCounts[i] })}
                </Tag>
              ))}
            </Space>
          </Card>
          {b.children.length > 0 && b.children.some((c) => c.unit.kind !== 'BRANCH') ? (
            <Card title={t('annual.children')} size="small">
              <Table
                size="small"
                rowKey={(c) => c.unit.id}
                pagination={false}
                dataSource={b.children}
                columns={[
                  {
                    title: t('annual.col.unit'),
                    render: (_, c) =>
                      onOpenUnit ? <a onClick={() => onOpenUnit(c.unit.id)}>{c.unit.name}</a> : c.unit.name,
                  },
                  { title: t('annual.col.branchCount'), dataIndex: 'branchCount', align: 'right' },
                  { title: t('annual.col.mean'), render: (_, c) => fixed(c.mean), align: 'right' },
                  ...b.grades.map((g, i) => ({
                    key: g.code,
                    title: g.name[lang],
                    align: 'right' as const,
                    render: (_: unknown, c: Board['children'][number]) => c.gradeCounts[i],
                  })),
                ]}
              />
            </Card>
          ) : null}
          <Card title={t('annual.branches')} size="small">
            <Table<Row>
              size="small"
              rowKey="branchId"
              dataSource={b.branches}
              pagination={{ pageSize: 50, showSizeChanger: false }}
              scroll={{ x: 900 }}
              columns={[
                { title: t('annual.col.rank'), dataIndex: 'rank', width: 60, align: 'right' },
                { title: t('annual.col.name'), dataIndex: 'name' },
                { title: t('annual.col.total'), render: (_, r) => fixed(r.total), align: 'right', width: 90 },
                {
                  title: t('annual.col.grade'),
                  width: 90,
                  render: (_, r) => (
                    <Tag color={r.cappedBy ? 'volcano' : undefined}>{gradeName(r.grade.code)}</Tag>
                  ),
                },
                { title: t('annual.col.capped'), render: (_, r) => capText(r, t, lang) ?? '' },
                { title: t('annual.col.counted'), dataIndex: 'countedQuarters', align: 'right', width: 80 },
                {
                  title: t('annual.col.percentile'),
                  render: (_, r) => percentileText(r.percentile),
                  align: 'right',
                  width: 80,
                },
                {
                  title: t('annual.col.change'),
                  render: (_, r) =>
                    r.totalChange === null ? '—' : formatSignedChange(r.totalChange, language),
                  align: 'right',
                  width: 80,
                },
                {
                  title: t('annual.col.rankChange'),
                  render: (_, r) =>
                    r.rankChange === null ? '—' : formatSignedChange(r.rankChange, language, 0),
                  align: 'right',
                  width: 80,
                },
              ]}
            />
          </Card>
        </>
      )}
    </Space>
  );
}
