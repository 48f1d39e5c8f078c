import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssessmentFieldsFragment, AssessmentStatus } from '../../../generated/graphql';
import { formatDateTime } from '../../formatting';
import { useAppLanguage } from '../../i18n/use-app-language';

type Change = AssessmentFieldsFragment['history'][number];

/** The step a status change stands for, in the words of the workflow. */
export function historyStepKey(from: AssessmentStatus | null | undefined, to: AssessmentStatus): string {
  if (!from) return 'opened';
  if (to === 'SUBMITTED') return from === 'RETURNED' ? 'resubmitted' : 'submitted';
  if (to === 'RETURNED') return from === 'APPROVED' ? 'reopened' : 'returned';
  if (to === 'APPROVED') return 'approved';
  return 'opened';
}

const COLORS: Record<AssessmentStatus, string> = {
  DRAFT: 'gray',
  SUBMITTED: 'blue',
  RETURNED: 'orange',
  APPROVED: 'green',
};

/** Who did what when, newest first; reviewers' comments in full (opening a quarter has only a system note). */
export function StatusHistory({ history }: { history: readonly Change[] }) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const items = [...history].reverse().map((change, i) => ({
    key: `${change.at}-${i}`,
    color: COLORS[change.toStatus],
    children: (
      <>
        <Typography.Text strong>
          {t(`assessment.history.${historyStepKey(change.fromStatus, change.toStatus)}`)}
        </Typography.Text>
        <br />
        <Typography.Text type="secondary">
          {formatDateTime(change.at, language)} · {change.actorName ?? t('assessment.history.system')}
        </Typography.Text>
        {change.comment && change.fromStatus ? (
          <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
            {change.comment}
          </Typography.Paragraph>
        ) : null}
      </>
    ),
  }));
  return <Timeline items={items} />;
}
