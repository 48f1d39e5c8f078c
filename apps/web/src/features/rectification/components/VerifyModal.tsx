import { useMutation } from '@apollo/client';
import { TEXT_LIMITS } from '@pathboard/text-limits';
import { App, Button, Descriptions, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDescribeError } from '../../../shared/errors';
import { EvidenceList, type EvidenceFile } from '../../evidence';
import { RECTIFICATIONS, VERIFY_RECTIFICATION } from '../graphql/rectification.operations';

interface Props {
  item: {
    id: string;
    version: number;
    measures: string | null;
    evidence: string | null;
    history: readonly { action: string; files: readonly EvidenceFile[] }[];
  } | null;
  onClose: () => void;
}

/**
 * The reviewer accepts an answered item (销号) or rejects it with a reason (back to the branch),
 * after reading the answer: the measures, the evidence note and the files sent with it.
 */
export function VerifyModal({ item, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describe = useDescribeError();
  const [form] = Form.useForm<{ reason?: string }>();
  const [verify, { loading }] = useMutation(VERIFY_RECTIFICATION, { refetchQueries: [RECTIFICATIONS] });
  const decide = async (accept: boolean) => {
    const reason = (form.getFieldValue('reason') as string | undefined)?.trim() || null;
    if (!accept && !reason) {
      form.setFields([{ name: 'reason', errors: [t('rectification.verify.reasonRequired')] }]);
      return;
    }
    try {
      await verify({
        variables: { input: { id: item!.id, expectedVersion: item!.version, accept, reason } },
      });
      void message.success(t(accept ? 'rectification.verify.accepted' : 'rectification.verify.rejected'));
      form.resetFields();
      onClose();
    } catch (err) {
      void message.error(describe(err).message);
    }
  };
  return (
    <Modal
      open={!!item}
      title={t('rectification.verify.title')}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="reject" danger loading={loading} onClick={() => void decide(false)}>
          {t('rectification.verify.reject')}
        </Button>,
        <Button key="accept" type="primary" loading={loading} onClick={() => void decide(true)}>
          {t('rectification.verify.accept')}
        </Button>,
      ]}
    >
      {item ? (
        // Each part of the answer under its name, as the answer dialog and the ledger export call it.
        <Descriptions size="small" column={1} layout="vertical" style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t('rectification.columns.measures')}>{item.measures}</Descriptions.Item>
          {item.evidence ? (
            <Descriptions.Item label={t('rectification.verify.evidenceNote')}>
              {item.evidence}
            </Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t('rectification.verify.files')}>
            <div data-testid="verify-answer-files" style={{ width: '100%' }}>
              <EvidenceList files={lastAnswerFiles(item.history)} />
            </div>
          </Descriptions.Item>
        </Descriptions>
      ) : null}
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={t('rectification.verify.reason')}>
          <Input.TextArea rows={3} maxLength={TEXT_LIMITS.rectificationRejectReason} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The files of the answer being verified: the latest ANSWER step's. */
function lastAnswerFiles(history: readonly { action: string; files: readonly EvidenceFile[] }[]) {
  return [...history].reverse().find((h) => h.action === 'ANSWER')?.files ?? [];
}
