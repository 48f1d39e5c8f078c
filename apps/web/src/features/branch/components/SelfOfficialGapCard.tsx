import { Card, Col, Empty, Row, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatScore, formatSignedChange } from '../../../shared/formatting';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import { type IndicatorGap, indicatorGaps } from '../logic/branch-insights';
import type { ScoreDetail } from '../hooks/useBranchData';

/** Self score against the reviewed score: the gap is a figure of its own (self-assessment inflation). */
export function SelfOfficialGapCard({
  self,
  official,
  gap,
  reviewed,
}: {
  self: ScoreDetail | null;
  official: ScoreDetail | null;
  gap: number | null;
  reviewed: boolean;
}) {
  const { t } = useTranslation();
  const { language, lang } = useAppLanguage();
  if (!self || !official || !reviewed) {
    return (
      <Card title={t('branch.gap.title')} size="small" style={{ height: '100%' }}>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('branch.gap.noScores')} />
      </Card>
    );
  }
  const rows = indicatorGaps(self.paths, official.paths);
  const sentence =
    gap === null || gap === 0
      ? t('branch.gap.same')
      : gap > 0
        ? t('branch.gap.higher', { gap: formatScore(gap, language) })
        : t('branch.gap.lower', { gap: formatScore(-gap, language) });
  return (
    <Card title={t('branch.gap.title')} size="small" style={{ height: '100%' }}>
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
            title={t('branch.gap.official')}
            value={formatScore(official.total, language)}
            valueStyle={{ fontSize: 18 }}
          />
        </Col>
        <Col span={8}>
          <Statistic
            title={t('branch.gap.gap')}
            value={formatSignedChange(gap, language)}
            valueStyle={{ fontSize: 18, color: gap && gap > 0 ? '#d46b08' : undefined }}
          />
        </Col>
      </Row>
      <Typography.Paragraph style={{ marginBlock: 8 }}>{sentence}</Typography.Paragraph>
      {rows.length === 0 ? (
        <Typography.Text type="secondary">{t('branch.gap.none')}</Typography.Text>
      ) : (
        <Table<IndicatorGap>
          rowKey="code"
          size="small"
          pagination={false}
          dataSource={rows}
          columns={[
            { title: t('branch.gap.indicator'), key: 'name', render: (_, row) => row.name[lang] },
            {
              title: t('branch.gap.self'),
              dataIndex: 'self',
              align: 'right',
              render: (v: number) => formatNumber(v, language, 2),
            },
            {
              title: t('branch.gap.official'),
              dataIndex: 'official',
              align: 'right',
              render: (v: number) => formatNumber(v, language, 2),
            },
            {
              title: t('branch.gap.gap'),
              dataIndex: 'gap',
              align: 'right',
              render: (v: number) => formatSignedChange(v, language),
            },
          ]}
        />
      )}
    </Card>
  );
}
