import { useMutation } from '@apollo/client';
import { TEXT_LIMITS } from '@pathboard/text-limits';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDescribeError } from '../../../shared/errors';
import { EvidenceUploader, type EvidenceFile } from '../../evidence';
import { ANSWER_RECTIFICATION, RECTIFICATIONS } from '../graphql/rectification.operations';
import { ItemRejection, type Rejection } from './RejectionNote';

interface Props {
  item: {
    id: string;
    version: number;
    assessmentId: string;
    indicatorCode: string;
    problem: string;
    requiredAction: string;
    status: string;
    /** The latest 退回: shown first when the item came back, so the branch answers what was asked. */
    lastRejection: Rejection | null;
    pendingFiles: readonly EvidenceFile[];
  } | null;
  onClose: () => void;
  /** After a file was attached or removed: the ledger refetches the item. */
  onFilesChanged: () => unknown;
}

/**
 * The branch reports the measures it took for an open item, with evidence files: attached at once
 * (the usual evidence upload), sent with the answer, then kept on the item's history.
 */
export function AnswerModal({ item, onClose, onFilesChanged }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describe = useDescribeError();
  const [form] = Form.useForm<{ measures: string; evidence?: string }>();
  const [answer, { loading }] = useMutation(ANSWER_RECTIFICATION, { refetchQueries: [RECTIFICATIONS] });
  // The answer takes the files stored by then: it waits for the uploads under way.
  const [uploading, setUploading] = useState(false);
  const submit = async () => {
    // A failed check is shown at its fields; caught, so it is not an unhandled rejection.
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    try {
      await answer({
        variables: {
          input: {
            id: item!.id,
            expectedVersion: item!.version,
            measures: values.measures,
            evidence: values.evidence || null,
          },
        },
      });
      void message.success(t('rectification.answer.done'));
      form.resetFields();
      onClose();
    } catch (err) {
      void message.error(describe(err).message);
    }
  };
  return (
    <Modal
      open={!!item}
      title={t('rectification.answer.title')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={loading}
      okButtonProps={{ disabled: uploading }}
      destroyOnHidden
    >
      {item ? <ItemRejection item={item} style={{ marginBottom: 12 }} /> : null}
      {item ? (
        <p>
          {item.problem}；{item.requiredAction}
        </p>
      ) : null}
      <Form form={form} layout="vertical">
        <Form.Item
          name="measures"
          label={t('rectification.answer.measures')}
          rules={[{ required: true, whitespace: true, message: t('rectification.answer.required') }]}
        >
          <Input.TextArea rows={4} maxLength={TEXT_LIMITS.rectificationMeasures} />
        </Form.Item>
        <Form.Item name="evidence" label={t('rectification.answer.evidence')}>
          <Input.TextArea rows={2} maxLength={TEXT_LIMITS.rectificationEvidence} />
        </Form.Item>
      </Form>
      {item ? (
        <EvidenceUploader
          assessmentId={item.assessmentId}
          indicatorCode={item.indicatorCode}
          rectificationItemId={item.id}
          files={item.pendingFiles}
          editable
          onChanged={onFilesChanged}
          onUploadingChange={setUploading}
        />
      ) : null}
      {uploading ? (
        <Typography.Text type="secondary">{t('rectification.answer.uploading')}</Typography.Text>
      ) : null}
    </Modal>
  );
}
