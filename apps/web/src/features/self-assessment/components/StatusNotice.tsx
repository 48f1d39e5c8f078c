import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/formatting';
import type { AssessmentData } from '../../../shared/assessment-form/hooks/useAssessment';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';

type Source = Pick<AssessmentData, 'status' | 'periodStatus' | 'submittedAt' | 'history'>;

/**
 * The words of a quarter that closed while the branch was still filling it in (DRAFT, or RETURNED
 * and not yet resubmitted). Said by the page itself, not by the shared assessment strings: the
 * status alone (填报中) claims the branch can still fill it in, and the branch must learn that what
 * it had typed but not saved when the quarter closed was not kept.
 */
export const CLOSED_UNSUBMITTED = {
  tag: { zh: '未提交（已关闭）', en: 'Not submitted (closed)' },
  notice: {
    zh: '本季度考评在本支部提交前已关闭，本次自评未提交，数据只能查看；关闭前未保存的填写内容没有保留。如需更正，请联系区委组织部。',
    en: 'This quarter closed before the branch submitted its self-assessment: it stays unsubmitted and can only be viewed, and anything typed but not saved before the close was not kept. Contact the district organization department to correct it.',
  },
} as const;

/** True for an assessment whose quarter closed before the branch submitted it. */
export function closedUnsubmitted(assessment: Pick<Source, 'status' | 'periodStatus'>): boolean {
  return (
    assessment.periodStatus === 'CLOSED' &&
    (assessment.status === 'DRAFT' || assessment.status === 'RETURNED')
  );
}

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
  const { language, lang } = useAppLanguage();
  if (closedUnsubmitted(assessment))
    return <Alert type="warning" showIcon role="alert" message={CLOSED_UNSUBMITTED.notice[lang]} />;
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
