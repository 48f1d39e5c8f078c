import { TEXT_LIMITS } from '@pathboard/text-limits';
import { Form, Input } from 'antd';

interface Props {
  label: string;
  /** Said under the box when it is empty or blank. */
  requiredMessage: string;
}

/** The required reason of a deadline change or a branch's extension (kept, audited, shown later). */
export function DeadlineReasonField({ label, requiredMessage }: Props) {
  return (
    <Form.Item
      name="reason"
      label={label}
      rules={[
        {
          validator: (_, value: string | undefined) =>
            value?.trim() ? Promise.resolve() : Promise.reject(new Error(requiredMessage)),
        },
      ]}
      required
    >
      <Input.TextArea
        autoSize={{ minRows: 2, maxRows: 6 }}
        maxLength={TEXT_LIMITS.deadlineReason}
        showCount
      />
    </Form.Item>
  );
}
