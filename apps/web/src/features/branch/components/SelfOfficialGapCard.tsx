import { Card, Col, Empty, Row, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatScore, formatSignedChange } from '../../../shared/formatting';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import { type IndicatorGap, indicatorGaps } from '../logic/branch-insights';
import type { AssessmentStatus } from '../../../generated/graphql';
import type { ScoreDetail } from '../hooks/useBranchData';

/**
 * What the reviewer's figure is, by the assessment's status: APPROVED, the official (审核) score;
 * RETURNED, the score the reviewer gave when sending it back, not final; otherwise nothing reviewed
 * yet (the card says why). The labels of the card follow it, so a returned score is never called 审核总分.
 */
export function gapBasis(status: AssessmentStatus): 'official' | 'returned' | null {
  if (status === 'APPROVED') return 'official';
  if (status === 'RETURNED') return 'returned';
  return null;
}

/** Self score against the reviewer's score: the gap is a figure of its own (self-assessment inflation). */
export function SelfOfficialGapCard({
  self,
  official,
  gap,
  status,
}: {
  self: ScoreDetail | null;
  official: ScoreDetail | null;
  gap: number | null;
  status: AssessmentStatus;
}) {
  const { t } = useTranslation();
  const { language, lang } = useAppLanguage();
  const basis = gapBasis(status);
  if (!self || !official || !basis) {
    return (
      <Card title={t('branch.gap.title')} size="small" style={{ height: '100%' }}>
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t(status === 'SUBMITTED' ? 'branch.gap.awaitingReview' : 'branch.gap.noScores')}
        />
      </Card>
    );
  }
  const label = (key: 'official' | 'gap') => t(`branch.gap.${basis}.${key}`);
  const rows = indicatorGaps(self.paths, official.paths);
  const sentence =
    gap === null || gap === 0
      ? t(`branch.gap.${basis}.same`)
      : gap > 0
        ? t(`branch.gap.${basis}.higher`, { gap: formatScore(gap, language) })
        : t(`branch.gap.${basis}.lower`, { gap: formatScore(-gap, language) });
  return (
    <Card title={t('branch.gap.title')} size="small" style={{ height: '100%' }}>
      {basis === 'returned' ? (
        <Typography.Paragraph type="warning" style={{ marginBottom: 8 }}>
          {t('branch.gap.returned.note')}
        </Typography.Paragraph>
      ) : null}
      <Row gutter={8}>
        <Col span={8}>
          <Statistic
            title={t('branch.gap.self')}
            value={formatScore(self.total, language)}
            valueStyle={{ fontSize: 18 }}
          />
        </Col>
        <Col span={8}>
          <Statistic
            title={label('official')}
            value={formatScore(official.total, language)}
            valueStyle={{ fontSize: 18 }}
          />
        </Col>
        <Col span={8}>
          <Statistic
            title={label('gap')}
            value={formatSignedChange(gap, language)}
            valueStyle={{ fontSize: 18, color: gap && gap > 0 ? '#d46b08' : undefined }}
          />
        </Col>
      </Row>
      <Typography.Paragraph style={{ marginBlock: 8 }}>{sentence}</Typography.Paragraph>
      {rows.length === 0 ? (
        <Typography.Text type="secondary">{t(`branch.gap.${basis}.none`)}</Typography.Text>
      ) : (
        <>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 4 }}>
            {t('branch.gap.indicatorNote')}
          </Typography.Paragraph>
          <Table<IndicatorGap>
            rowKey="code"
            size="small"
            pagination={false}
            dataSource={rows}
            columns={[
              { title: t('branch.gap.indicator'), key: 'name', render: (_, row) => row.name[lang] },
              {
                // Indicator points, not totals: the total weighs them by path (indicatorNote).
                title: t('branch.gap.indicatorPoints'),
                dataIndex: 'self',
                align: 'right',
                render: (v: number) => formatNumber(v, language, 2),
              },
              {
                title: basis === 'official' ? t('branch.gap.indicatorOfficial') : label('official'),
                dataIndex: 'official',
                align: 'right',
                render: (v: number) => formatNumber(v, language, 2),
              },
              {
                title: t('branch.gap.indicatorGap'),
                dataIndex: 'gap',
                align: 'right',
                render: (v: number) => formatSignedChange(v, language),
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
