import { Card, Col, Progress, Row, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatScore } from '../../../shared/formatting';
import { GradeTag } from '../../../shared/assessment-form/components/AssessmentTags';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import { ProvisionalMark } from '../../../shared/quality/ProvisionalMark';
import type { ScoreDetail } from '../hooks/useBranchData';

/** The headline figures of the quarter: total, grade (and why, under a veto), veto, completeness. */
export function ScoreSummary({ score, status }: { score: ScoreDetail; status?: string | null }) {
  const { t } = useTranslation();
  const { language, lang } = useAppLanguage();
  const capped = score.veto && score.uncappedGrade.code !== score.grade.code;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={12} lg={6}>
        <Card size="small">
          <Statistic
            title={t('branch.summary.total')}
            value={formatScore(score.total, language)}
            suffix={<ProvisionalMark status={status} />}
          />
        </Card>
      </Col>
      <Col xs={12} lg={6}>
        <Card size="small" style={{ height: '100%' }}>
          <Typography.Text type="secondary">{t('branch.summary.grade')}</Typography.Text>
          <div style={{ fontSize: 22, marginTop: 4 }}>
            <GradeTag grade={score.grade} />
          </div>
          {capped ? (
            <Typography.Text type="danger" style={{ fontSize: 12 }}>
              {t('branch.summary.uncapped', {
                grade: score.uncappedGrade.name[lang],
                capped: score.grade.name[lang],
              })}
            </Typography.Text>
          ) : null}
        </Card>
      </Col>
      <Col xs={12} lg={6}>
        <Card size="small" style={{ height: '100%' }}>
          <Typography.Text type="secondary">{t('branch.summary.veto')}</Typography.Text>
          <div style={{ fontSize: 22, marginTop: 4 }}>
            {score.veto ? (
              <Tag color="red">{t('branch.summary.vetoYes')}</Tag>
            ) : (
              <Tag color="green">{t('branch.summary.vetoNo')}</Tag>
            )}
          </div>
        </Card>
      </Col>
      <Col xs={12} lg={6}>
        <Card size="small" style={{ height: '100%' }}>
          <Typography.Text type="secondary">{t('branch.summary.completeness')}</Typography.Text>
          <Progress
            percent={Math.round(score.completeness * 100)}
            aria-label={t('branch.summary.completeness')}
          />
          <Typography.Text type="secondary">
            {t('branch.summary.answered', { answered: score.answered, applicable: score.applicable })}
          </Typography.Text>
        </Card>
      </Col>
    </Row>
  );
}
