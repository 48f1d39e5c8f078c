import { UnlockOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client';
import { Alert, App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDescribeError } from '../../../shared/errors';
import type { AssessmentData } from '../../../shared/assessment-form/hooks/useAssessment';
import { REOPEN_ASSESSMENT } from '../graphql/review.operations';

/** What the reason field says is wrong with it, or null: the API refuses a blank reason too. */
export function reopenReasonProblem(reason: string): 'required' | null {
  return reason.trim() === '' ? 'required' : null;
}

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
  const [touched, setTouched] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [reopen, { loading }] = useMutation(REOPEN_ASSESSMENT);
  if (assessment.status !== 'APPROVED' || assessment.periodStatus !== 'OPEN') return null;
  const problem = reopenReasonProblem(reason);

  const submit = async () => {
    setTouched(true);
    if (problem) return;
    try {
      await reopen({
        variables: {
          assessmentId: assessment.id,
          expectedVersion: assessment.version,
          reason: reason.trim(),
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
      <Modal
        open={open}
        title={t('review.reopen.title')}
        okText={t('review.reopen.ok')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true }}
        confirmLoading={loading}
        onOk={() => void submit()}
        onCancel={() => setOpen(false)}
      >
        <Form layout="vertical" component="div">
          <Alert type="warning" showIcon message={t('review.reopen.body')} style={{ marginBottom: 16 }} />
          {failure ? <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} /> : null}
          <Form.Item
            label={t('review.reopen.reason')}
            htmlFor="reopen-reason"
            required
            validateStatus={touched && problem ? 'error' : undefined}
            help={touched && problem ? t('review.reopen.reasonRequired') : undefined}
          >
            <Input.TextArea
              id="reopen-reason"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              autoSize={{ minRows: 3, maxRows: 8 }}
              maxLength={2000}
              showCount
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
