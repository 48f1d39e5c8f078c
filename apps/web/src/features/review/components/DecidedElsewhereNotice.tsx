import { Alert, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/formatting';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import type { DecidedElsewhere } from '../hooks/useReviewDecision';

/** The title's key: the decision in words where it is one, else the new status or the closed quarter. */
function titleKey({ assessment }: DecidedElsewhere): string {
  if (assessment.periodStatus !== 'OPEN') return 'review.decidedElsewhere.closed';
  if (assessment.status === 'APPROVED') return 'review.decidedElsewhere.approved';
  if (assessment.status === 'RETURNED') return 'review.decidedElsewhere.returned';
  return 'review.decidedElsewhere.status';
}

/**
 * Shown instead of a conflict notice when the reviewer's decision failed because someone else
 * already decided: what was decided, by whom and when, and that the screen now shows the saved
 * figures (the reviewer's own adjustments were not saved and cannot be sent any more).
 */
export function DecidedElsewhereNotice({
  decided,
  action,
}: {
  decided: DecidedElsewhere;
  action?: ReactNode;
}) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const status = t(`assessment.status.${decided.assessment.status}`);
  const at = decided.at ? formatDateTime(decided.at, language) : null;
  let who: string | null = null;
  if (decided.actorName && at) who = t('review.decidedElsewhere.byAt', { name: decided.actorName, date: at });
  else if (at) who = t('review.decidedElsewhere.at', { date: at });
  else if (decided.actorName) who = t('review.decidedElsewhere.by', { name: decided.actorName });
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      data-testid="decided-elsewhere"
      action={action}
      message={<Typography.Text strong>{t(titleKey(decided), { status })}</Typography.Text>}
      description={
        <Space direction="vertical" size={4}>
          {who ? <span>{who}</span> : null}
          {decided.comment ? (
            <span style={{ whiteSpace: 'pre-wrap' }}>
              {t('review.decidedElsewhere.comment', { comment: decided.comment })}
            </span>
          ) : null}
          <span>{t('review.decidedElsewhere.body')}</span>
        </Space>
      }
    />
  );
}
