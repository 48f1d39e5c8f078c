import { Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  open: boolean;
  /** Kept by the screen, so the text survives closing the dialog or a failed return. */
  comment: string;
  onCommentChange: (comment: string) => void;
  onCancel: () => void;
  onReturn: (comment: string) => Promise<void>;
  confirmLoading: boolean;
  /** Indicators the reviewer may ask evidence for (code and name in the reader's language). */
  indicators?: { code: string; name: string }[];
  /** Kept by the screen, like the comment. */
  evidenceRequested?: string[];
  onEvidenceRequestedChange?: (codes: string[]) => void;
}

/** Returning needs a comment saying what to fix: the branch secretary acts on exactly this text. */
export function ReturnDialog({
  open,
  comment,
  onCommentChange,
  onCancel,
  onReturn,
  confirmLoading,
  indicators = [],
  evidenceRequested = [],
  onEvidenceRequestedChange,
}: Props) {
  const { t } = useTranslation();
  const [touched, setTouched] = useState(false);
  const missing = comment.trim() === '';
  const submit = () => {
    setTouched(true);
    if (!missing) void onReturn(comment.trim());
  };
  return (
    <Modal
      open={open}
      title={t('review.decision.returnTitle')}
      okText={t('review.decision.returnOk')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true }}
      confirmLoading={confirmLoading}
      onOk={submit}
      onCancel={onCancel}
    >
      <Form layout="vertical" component="div">
        <Form.Item
          label={t('review.decision.comment')}
          htmlFor="review-return-comment"
          required
          validateStatus={touched && missing ? 'error' : undefined}
          help={touched && missing ? t('review.decision.commentRequired') : undefined}
        >
          <Input.TextArea
            id="review-return-comment"
            value={comment}
            onChange={(e) => onCommentChange(e.target.value)}
            autoSize={{ minRows: 4, maxRows: 10 }}
            maxLength={2000}
            showCount
            placeholder={t('review.decision.commentPlaceholder')}
          />
        </Form.Item>
        {onEvidenceRequestedChange && indicators.length ? (
          <Form.Item label={t('evidence.requestLabel')} htmlFor="review-return-evidence">
            <Select
              id="review-return-evidence"
              mode="multiple"
              allowClear
              value={evidenceRequested}
              onChange={onEvidenceRequestedChange}
              placeholder={t('evidence.requestPlaceholder')}
              optionFilterProp="label"
              options={indicators.map((i) => ({ value: i.code, label: i.name }))}
            />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
