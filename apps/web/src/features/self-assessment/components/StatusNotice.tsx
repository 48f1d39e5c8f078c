import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/formatting';
import type { AssessmentData } from '../../../shared/assessment-form/hooks/useAssessment';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';

type Source = Pick<AssessmentData, 'status' | 'periodStatus' | 'submittedAt' | 'history'>;

/** The reviewer's latest return, if the assessment is back with the branch because of it. */
export function latestReturn(history: Source['history']) {
  return [...history].reverse().find((change) => change.toStatus === 'RETURNED') ?? null;
}

/**
 * Where the assessment stands, in a sentence. A return shows the reviewer's comment in full at the
 * top of the page: it is what the branch has to act on.
 */
export function StatusNotice({
  assessment,
  indicatorName = (code) => code,
  adjusted = [],
}: {
  assessment: Source;
  /** The indicator's name in the reader's language, for the ones a return asks evidence for. */
  indicatorName?: (code: string) => string | undefined;
  /** The indicators whose value the reviewer changed: a return says which, the form is long. */
  adjusted?: readonly string[];
}) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  if (assessment.periodStatus === 'CLOSED')
    return <Alert type="warning" showIcon message={t('assessment.notice.closed')} />;
  switch (assessment.status) {
    case 'RETURNED': {
      const change = latestReturn(assessment.history);
      return (
        <Alert
          type="error"
          showIcon
          role="alert"
          message={<Typography.Text strong>{t('assessment.notice.returnedTitle')}</Typography.Text>}
          description={
            change ? (
              <>
                <Typography.Text type="secondary">
                  {t('assessment.notice.returnedBy', {
                    name: change.actorName ?? t('assessment.history.system'),
                    date: formatDateTime(change.at, language),
                  })}
                </Typography.Text>
                <Typography.Paragraph style={{ margin: '8px 0 0', fontSize: 16, whiteSpace: 'pre-wrap' }}>
                  <Typography.Text strong>{t('assessment.notice.reviewerComment')}</Typography.Text>
                  {change.comment}
                </Typography.Paragraph>
                {adjusted.length ? (
                  <Typography.Paragraph style={{ margin: '8px 0 0' }} data-testid="reviewer-adjusted">
                    {t('assessment.notice.adjusted', {
                      count: adjusted.length,
                      names: adjusted
                        .map((code) => indicatorName(code) ?? code)
                        .join(t('assessment.listSeparator')),
                    })}
                  </Typography.Paragraph>
                ) : null}
                {change.evidenceRequested.length ? (
                  <Typography.Paragraph style={{ margin: '8px 0 0' }} data-testid="evidence-requested">
                    {t('evidence.requestedNotice', {
                      names: change.evidenceRequested
                        .map((code) => indicatorName(code) ?? code)
                        .join(t('assessment.listSeparator')),
                    })}
                  </Typography.Paragraph>
                ) : null}
              </>
            ) : undefined
          }
        />
      );
    }
    case 'SUBMITTED':
      return (
        <Alert
          type="info"
          showIcon
          message={t('assessment.notice.submitted', {
            date: formatDateTime(assessment.submittedAt, language),
          })}
        />
      );
    case 'APPROVED':
      return <Alert type="success" showIcon message={t('assessment.notice.approved')} />;
    default:
      return <Alert type="info" message={t('assessment.intro')} />;
  }
}
