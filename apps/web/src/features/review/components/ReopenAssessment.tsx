import { UnlockOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client';
import { TEXT_LIMITS } from '@pathboard/text-limits';
import { Alert, App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReasonDialog } from '../../../shared/components/ReasonDialog';
import { useDescribeError } from '../../../shared/errors';
import type { AssessmentData } from '../../../shared/assessment-form/hooks/useAssessment';
import { REOPEN_ASSESSMENT } from '../graphql/review.operations';

/**
 * ADMIN, on an approved assessment of an open quarter: reopen it for the branch with a reason
 * (audited; the branch sees it in the history). The reason is kept if the reopen fails.
 */
export function ReopenAssessment({
  assessment,
}: {
  assessment: Pick<AssessmentData, 'id' | 'version' | 'status' | 'periodStatus'>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describe = useDescribeError();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [reopen, { loading }] = useMutation(REOPEN_ASSESSMENT);
  if (assessment.status !== 'APPROVED' || assessment.periodStatus !== 'OPEN') return null;

  const submit = async (trimmed: string) => {
    try {
      await reopen({
        variables: {
          assessmentId: assessment.id,
          expectedVersion: assessment.version,
          reason: trimmed,
        },
      });
      setOpen(false);
      setReason('');
      setFailure(null);
      void message.success(t('review.reopen.done'));
    } catch (error) {
      setFailure(describe(error).message);
    }
  };

  return (
    <>
      <Button icon={<UnlockOutlined />} onClick={() => setOpen(true)}>
        {t('review.reopen.button')}
      </Button>
      <ReasonDialog
        open={open}
        title={t('review.reopen.title')}
        okText={t('review.reopen.ok')}
        cancelText={t('common.cancel')}
        danger
        confirmLoading={loading}
        label={t('review.reopen.reason')}
        inputId="reopen-reason"
        requiredMessage={t('review.reopen.reasonRequired')}
        rows={{ minRows: 3, maxRows: 8 }}
        maxLength={TEXT_LIMITS.assessmentReopenReason}
        reason={reason}
        onReasonChange={setReason}
        onSubmit={(trimmed) => void submit(trimmed)}
        onCancel={() => setOpen(false)}
        failure={failure}
        intro={
          <Alert type="warning" showIcon message={t('review.reopen.body')} style={{ marginBottom: 16 }} />
        }
      />
    </>
  );
}
