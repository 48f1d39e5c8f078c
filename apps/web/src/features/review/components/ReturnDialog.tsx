import { TEXT_LIMITS } from '@pathboard/text-limits';
import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ReasonDialog } from '../../../shared/components/ReasonDialog';

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
  return (
    <ReasonDialog
      open={open}
      title={t('review.decision.returnTitle')}
      okText={t('review.decision.returnOk')}
      cancelText={t('common.cancel')}
      danger
      confirmLoading={confirmLoading}
      label={t('review.decision.comment')}
      inputId="review-return-comment"
      requiredMessage={t('review.decision.commentRequired')}
      placeholder={t('review.decision.commentPlaceholder')}
      rows={{ minRows: 4, maxRows: 10 }}
      maxLength={TEXT_LIMITS.reviewComment}
      reason={comment}
      onReasonChange={onCommentChange}
      onSubmit={(trimmed) => void onReturn(trimmed)}
      onCancel={onCancel}
      extra={() =>
        onEvidenceRequestedChange && indicators.length ? (
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
        ) : null
      }
    />
  );
}
