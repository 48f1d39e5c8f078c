import { ArrowDownOutlined, ArrowUpOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { GRADE_COLORS } from '@pathboard/charts';
import { Card, Col, Row, Space, Statistic, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatPeriodShort,
  formatRatioAsPercent,
  formatScore,
  formatSignedChange,
} from '../../../shared/formatting';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import type { SummaryFigures } from '../model/overview-model';

/** A figure's title with its definition (docs/metrics.md) as the tooltip. */
function DefinedTitle({ title, definition }: { title: string; definition: string }) {
  return (
    <Tooltip title={definition}>
      <span aria-label={`${title}: ${definition}`}>
        {title} <QuestionCircleOutlined style={{ fontSize: 12 }} />
      </span>
    </Tooltip>
  );
}

function FigureCard({
  title,
  definition,
  value,
  detail,
  color,
  prefix,
}: {
  title: string;
  definition: string;
  value: string;
  detail?: ReactNode;
  color?: string;
  prefix?: ReactNode;
}) {
  return (
    <Card size="small" style={{ height: '100%' }}>
      <Statistic
        title={<DefinedTitle title={title} definition={definition} />}
        value={value}
        formatter={() => value}
        prefix={prefix}
        valueStyle={{ color, fontSize: 26 }}
      />
      {detail ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {detail}
        </Typography.Text>
      ) : null}
    </Card>
  );
}

/** The headline figures of the unit and quarter, each with the one detail that explains it. */
export function SummaryCards({ figures }: { figures: SummaryFigures }) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const lang = language === 'en' ? 'en' : 'zh';
  const change = figures.meanChange;
  const changeColor =
    change === null || change === 0 ? undefined : change > 0 ? GRADE_COLORS.excellent : GRADE_COLORS.fail;
  const changeIcon =
    change === null || change === 0 ? null : change > 0 ? <ArrowUpOutlined /> : <ArrowDownOutlined />;

  return (
    <Row gutter={[12, 12]}>
      <Col xs={12} md={8} xl={4}>
        <FigureCard
          title={t('overview.cards.mean')}
          definition={t('overview.cards.definitions.mean')}
          value={formatScore(figures.mean, language)}
          detail={
            figures.weightedMean === null
              ? undefined
              : t('overview.cards.weightedMean', { value: formatScore(figures.weightedMean, language) })
          }
        />
      </Col>
      <Col xs={12} md={8} xl={4}>
        <FigureCard
          title={t('overview.cards.median')}
          definition={t('overview.cards.definitions.median')}
          value={formatScore(figures.median, language)}
        />
      </Col>
      <Col xs={12} md={8} xl={4}>
        <FigureCard
          title={t('overview.cards.completion')}
          definition={t('overview.cards.definitions.completion')}
          value={formatRatioAsPercent(figures.completion, language)}
          detail={
            <>
              {t('overview.cards.completionDetail', {
                assessed: figures.assessed,
                expected: figures.expected,
              })}
              {figures.awaitingReview > 0 ? (
                <div>{t('overview.cards.awaitingReview', { count: figures.awaitingReview })}</div>
              ) : null}
            </>
          }
        />
      </Col>
      <Col xs={12} md={8} xl={4}>
        <FigureCard
          title={t('overview.cards.onTimeRate')}
          definition={t('overview.cards.definitions.onTimeRate')}
          value={formatRatioAsPercent(figures.onTimeRate, language)}
          detail={
            <>
              {t('overview.cards.onTimeDetail', {
                onTime: figures.onTime,
                late: figures.late,
                notSubmitted: figures.notSubmitted,
              })}
              {/* A returned branch counts as submitted (on time or late) but not as assessed: say why. */}
              {figures.returned > 0 ? (
                <div>{t('overview.cards.returnedDetail', { count: figures.returned })}</div>
              ) : null}
            </>
          }
        />
      </Col>
      <Col xs={12} md={8} xl={4}>
        <FigureCard
          title={t('overview.cards.change')}
          definition={t('overview.cards.definitions.change')}
          value={formatSignedChange(change, language)}
          prefix={changeIcon}
          color={changeColor}
          detail={
            figures.previousPeriod && figures.previousMean !== null
              ? t('overview.cards.changeDetail', {
                  period: formatPeriodShort(figures.previousPeriod, language),
                  mean: formatScore(figures.previousMean, language),
                })
              : t('overview.cards.noPrevious')
          }
        />
      </Col>
      <Col xs={12} md={8} xl={4}>
        <Card size="small" style={{ height: '100%' }}>
          <Typography.Text type="secondary">
            <DefinedTitle
              title={t('overview.cards.grades')}
              definition={t('overview.cards.definitions.grades')}
            />
          </Typography.Text>
          <Space size={[4, 6]} wrap style={{ marginTop: 8 }}>
            {figures.grades.map((g) => (
              <Tag key={g.code} color={g.color} style={{ marginInlineEnd: 0 }}>
                {g.name[lang]} {g.count}
              </Tag>
            ))}
          </Space>
        </Card>
      </Col>
    </Row>
  );
}
