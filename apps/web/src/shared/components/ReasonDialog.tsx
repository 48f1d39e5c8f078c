import { Alert, Form, Input, Modal } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';

export interface ReasonDialogProps {
  open: boolean;
  title: ReactNode;
  /** Absent: the dialog's default OK text. */
  okText?: string;
  cancelText?: string;
  /** A step the branch or the audit feels (reopen, return): a red OK button. */
  danger?: boolean;
  confirmLoading?: boolean;
  /** The reason's field: its label, the id the label points at, and the words when it is left blank. */
  label: string;
  inputId: string;
  requiredMessage: string;
  placeholder?: string;
  rows: { minRows: number; maxRows: number };
  maxLength: number;
  /** Kept by the caller, so the text survives closing the dialog or a failed submit. */
  reason: string;
  onReasonChange: (reason: string) => void;
  /** Called with the trimmed reason, only when it is not blank and `valid` is not false. */
  onSubmit: (reason: string) => void;
  onCancel: () => void;
  /** Shown above the field: what the step does (warnings, the items it covers). */
  intro?: ReactNode;
  /** Why the last submit failed, shown above the field; null when it did not. */
  failure?: string | null;
  /** Further fields below the reason, told whether a submit was held (to show their own problems). */
  extra?: (submitted: boolean) => ReactNode;
  /** Whether the further fields are complete; false holds the submit as a blank reason does. */
  valid?: boolean;
  destroyOnHidden?: boolean;
}

/**
 * A dialog whose step needs a written reason: the API refuses a blank one too, and the dialog says so
 * under the field once a submit was held for it (until a submit goes through or the dialog closes). Reopening a quarter or an
 * assessment, returning an assessment and assigning every proposed rectification share it.
 */
export function ReasonDialog({
  open,
  title,
  okText,
  cancelText,
  danger = false,
  confirmLoading = false,
  label,
  inputId,
  requiredMessage,
  placeholder,
  rows,
  maxLength,
  reason,
  onReasonChange,
  onSubmit,
  onCancel,
  intro,
  failure,
  extra,
  valid = true,
  destroyOnHidden,
}: ReasonDialogProps) {
  const [submitted, setSubmitted] = useState(false);
  useEffect(() => {
    if (!open) setSubmitted(false);
  }, [open]);
  const blank = reason.trim() === '';
  // Remembers a held submit only: after one that went through, the caller clears or closes.
  const submit = () => {
    const held = blank || !valid;
    setSubmitted(held);
    if (!held) onSubmit(reason.trim());
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={cancelText}
      okButtonProps={danger ? { danger: true } : undefined}
      confirmLoading={confirmLoading}
      onOk={submit}
      onCancel={onCancel}
      destroyOnHidden={destroyOnHidden}
    >
      <Form layout="vertical" component="div">
        {intro}
        {failure ? <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} /> : null}
        <Form.Item
          label={label}
          htmlFor={inputId}
          required
          validateStatus={submitted && blank ? 'error' : undefined}
          help={submitted && blank ? requiredMessage : undefined}
        >
          <Input.TextArea
            id={inputId}
            value={reason}
            onChange={(e) => onReasonChange(e.target.value)}
            autoSize={rows}
            maxLength={maxLength}
            showCount
            placeholder={placeholder}
          />
        </Form.Item>
        {extra?.(submitted)}
      </Form>
    </Modal>
  );
}
