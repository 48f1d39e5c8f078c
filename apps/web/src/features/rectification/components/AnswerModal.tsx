import { useMutation } from '@apollo/client';
import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDescribeError } from '../../../shared/errors';
import { ANSWER_RECTIFICATION, RECTIFICATIONS } from '../graphql/rectification.operations';

interface Props {
  item: { id: string; version: number; problem: string; requiredAction: string } | null;
  onClose: () => void;
}

/** The branch reports the measures it took (and evidence) for an open item. */
export function AnswerModal({ item, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describe = useDescribeError();
  const [form] = Form.useForm<{ measures: string; evidence?: string }>();
  const [answer, { loading }] = useMutation(ANSWER_RECTIFICATION, { refetchQueries: [RECTIFICATIONS] });
  const submit = async () => {
    const values = await form.validateFields();
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
      destroyOnHidden
    >
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
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
        <Form.Item name="evidence" label={t('rectification.answer.evidence')}>
          <Input.TextArea rows={2} maxLength={4000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
