import { percentileText } from '@pathboard/scoring';
import { useQuery } from '@apollo/client';
import { Alert, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import { BRANCH_ANNUAL } from '../graphql/annual.operations';
import { AnnualDownloads } from './AnnualDownloads';
import { capText } from './cap-text';

/** A branch's annual grade with its explanation: which quarters counted and which rule capped it. */
export function BranchAnnualCard({
  branchId,
  branchName,
  year,
}: {
  branchId: string;
  branchName: string;
  year: number;
}) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const lang = language === 'en' ? 'en' : 'zh';
  const { data, loading, error } = useQuery(BRANCH_ANNUAL, {
    variables: { branchId, year },
    fetchPolicy: 'no-cache',
  });
  const title = t('annual.card.title', { year });
  if (loading) return <Card title={title} loading />;
  if (error || !data) {
    return (
      <Card title={title}>
        <Typography.Text type="secondary">{t('annual.card.none')}</Typography.Text>
      </Card>
    );
  }
  const r = data.branchAnnual;
  const cap = capText(r, t, lang);
  return (
    <Card
      title={title}
      data-testid="branch-annual"
      extra={<AnnualDownloads branchId={branchId} year={year} name={branchName} />}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Descriptions size="small" column={{ xs: 1, sm: 3 }}>
          <Descriptions.Item label={t('annual.card.total')}>{r.total.toFixed(2)}</Descriptions.Item>
          <Descriptions.Item label={t('annual.card.grade')}>
            <Tag color={cap ? 'volcano' : 'green'} data-testid="branch-annual-grade">
              {r.grade.name[lang]}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('annual.card.rank')}>
            {t('annual.card.rankValue', {
              rank: r.rank,
              count: r.peerCount,
              percentile: percentileText(r.percentile),
            })}
          </Descriptions.Item>
        </Descriptions>
        {cap ? (
          <Alert
            type="warning"
            showIcon
            message={t('annual.card.uncapped', { grade: r.uncappedGrade.name[lang], cap })}
          />
        ) : null}
        <Space wrap>
          <Typography.Text strong>{t('annual.card.quarters')}</Typography.Text>
          {r.quarters.map((q) => (
            <Tag key={q.quarter} color={q.status === 'COUNTED' ? 'blue' : undefined}>
              {t('annual.card.quarterLine', {
                quarter: q.quarter,
                total: q.total === null ? '—' : q.total.toFixed(2),
                status: t(`annual.quarterStatus.${q.status}`),
              })}
            </Tag>
          ))}
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('annual.card.explanation', { text: r.explanation[lang] })}
        </Typography.Paragraph>
      </Space>
    </Card>
  );
}
