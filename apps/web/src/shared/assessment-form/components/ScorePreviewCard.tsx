import type { ScoreResult } from '@pathboard/scoring';
import { Alert, Card, Progress, Space, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatPercent, formatScore } from '../../formatting';
import { useAppLanguage } from '../../i18n/use-app-language';
import { GradeTag } from './AssessmentTags';

interface Props {
  result: ScoreResult;
  skipped: number;
  title?: string;
  hint?: string;
  /** Said above the figures, e.g. that the official total differs from this one. */
  notice?: string;
}

/** The live score: total and grade, how much is filled in, and each path's share of its points. */
export function ScorePreviewCard({ result, skipped, title, hint, notice }: Props) {
  const { t } = useTranslation();
  const { language, lang } = useAppLanguage();
  const { answered, applicable } = result.completeness;
  return (
    <Card title={title ?? t('assessment.preview.title')} size="small">
      <Space direction="vertical" style={{ width: '100%' }} size="small">
        {notice ? (
          // Not an alert: the page's one alert is the reviewer's return, which the branch acts on.
          <Typography.Text type="warning" strong data-testid="preview-notice">
            {notice}
          </Typography.Text>
        ) : null}
        <Space align="end" size="large" wrap>
          <Statistic title={t('assessment.preview.total')} value={formatScore(result.total, language)} />
          <div>
            <Typography.Text type="secondary">{t('assessment.preview.grade')}</Typography.Text>
            <div style={{ fontSize: 18 }}>
              <GradeTag grade={result.grade} />
            </div>
          </div>
        </Space>
        <div>
          <Typography.Text type="secondary">
            {t('assessment.preview.completeness', { answered, applicable })}
          </Typography.Text>
          <Progress
            percent={applicable ? Math.round((answered / applicable) * 100) : 0}
            size="small"
            aria-label={t('assessment.preview.completeness', { answered, applicable })}
          />
        </div>
        {result.paths.map((path) => (
          <div key={path.code}>
            <Space style={{ width: '100%', justifyContent: 'space-between' }}>
              <Typography.Text>{path.name[lang]}</Typography.Text>
              <Typography.Text strong>{formatPercent(path.percent, language)}</Typography.Text>
            </Space>
            <Progress
              percent={Math.min(100, path.percent)}
              showInfo={false}
              size="small"
              strokeColor="#c41d1d"
              aria-label={`${path.name[lang]} ${formatPercent(path.percent, language)}`}
            />
          </div>
        ))}
        {result.vetoes.length > 0 ? (
          <Alert
            type="error"
            showIcon
            message={t('assessment.preview.vetoed', { grade: result.grade.name[lang] })}
          />
        ) : null}
        {skipped > 0 ? (
          <Alert type="warning" showIcon message={t('assessment.preview.skipped', { count: skipped })} />
        ) : null}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {hint ?? t('assessment.preview.hint')}
        </Typography.Text>
      </Space>
    </Card>
  );
}
