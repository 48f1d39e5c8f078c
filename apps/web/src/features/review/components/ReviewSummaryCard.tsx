import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatScore, formatSignedChange } from '../../../shared/formatting';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';

/** The branch's own total against the total the review would give, and how far apart they are. */
export function ReviewSummaryCard({
  selfTotal,
  officialTotal,
  adjustedCount,
}: {
  selfTotal: number | null;
  officialTotal: number;
  adjustedCount: number;
}) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const gap = selfTotal === null ? null : Math.round((selfTotal - officialTotal) * 100) / 100;
  return (
    <Card size="small">
      <Row gutter={8}>
        <Col span={8}>
          <Statistic
            title={t('review.detail.selfTotal')}
            value={formatScore(selfTotal, language)}
            valueStyle={{ fontSize: 20 }}
          />
        </Col>
        <Col span={8}>
          <Statistic
            title={t('review.detail.officialTotal')}
            value={formatScore(officialTotal, language)}
            valueStyle={{ fontSize: 20 }}
          />
        </Col>
        <Col span={8}>
          <Statistic
            title={t('review.detail.gap')}
            value={formatSignedChange(gap, language)}
            valueStyle={{ fontSize: 20, color: gap && gap > 0 ? '#d46b08' : undefined }}
          />
        </Col>
      </Row>
      <Typography.Text type="secondary">
        {t('review.detail.adjustedCount', { count: adjustedCount })}
      </Typography.Text>
    </Card>
  );
}
