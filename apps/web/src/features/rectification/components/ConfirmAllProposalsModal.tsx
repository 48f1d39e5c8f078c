import { useMutation } from '@apollo/client';
import { App, DatePicker, Form, Input, Modal, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDescribeError } from '../../../shared/errors';
import {
  CREATE_RECTIFICATION,
  RECTIFICATION_PROPOSALS,
  RECTIFICATIONS,
} from '../graphql/rectification.operations';
import { DEFAULT_DAYS, type PendingRectification, type RectificationDraft } from './CreateRectificationModal';

interface Values {
  requiredAction: string;
  deadline: Dayjs;
}

/**
 * 全部确认: every listed proposal becomes an item at once, each with its own problem and one
 * required action and deadline for all (the reviewer edits them first). While a decision is
 * pending the items are kept for it; otherwise each is assigned now.
 */
export function ConfirmAllProposalsModal({
  assessmentId,
  proposals,
  open,
  onClose,
  onCollect,
}: {
  assessmentId: string;
  proposals: readonly RectificationDraft[];
  open: boolean;
  onClose: () => void;
  onCollect?: (items: PendingRectification[]) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describe = useDescribeError();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [create] = useMutation(CREATE_RECTIFICATION, {
    refetchQueries: [RECTIFICATIONS, RECTIFICATION_PROPOSALS],
  });
  // Fresh defaults on each opening (the form is rendered while closed, so the instance is connected).
  useEffect(() => {
    if (open)
      form.setFieldsValue({
        requiredAction: t('rectification.panel.defaultAction'),
        deadline: dayjs().add(DEFAULT_DAYS, 'day').endOf('day'),
      });
  }, [open, form, t]);
  const submit = async () => {
    const v = await form.validateFields();
    const items = proposals.map((p) => ({
      indicatorCode: p.indicatorCode,
      problem: p.problem,
      requiredAction: v.requiredAction.trim(),
      deadline: v.deadline.toISOString(),
    }));
    if (onCollect) {
      onCollect(items);
      void message.success(t('rectification.panel.addedAll', { count: items.length }));
      onClose();
      return;
    }
    setBusy(true);
    let done = 0;
    try {
      for (const item of items) {
        await create({ variables: { input: { assessmentId, ...item } } });
        done++;
      }
      void message.success(t('rectification.panel.createdAll', { count: done }));
      onClose();
    } catch (err) {
      // The items before the failing one are assigned; the list shows which are left.
      void message.error(describe(err).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('rectification.panel.confirmAllTitle', { count: proposals.length })}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
      forceRender
    >
      {open ? (
        <ul data-testid="confirm-all-list" style={{ paddingInlineStart: 16 }}>
          {proposals.map((p) => (
            <li key={p.indicatorCode}>
              <Tag>{p.indicatorCode}</Tag>
              <Typography.Text>{p.problem}</Typography.Text>
            </li>
          ))}
        </ul>
      ) : null}
      <Form form={form} layout="vertical" name="confirmAllProposals">
        <Form.Item
          name="requiredAction"
          label={t('rectification.panel.requiredActionAll')}
          rules={[{ required: true, whitespace: true, message: t('rectification.panel.required') }]}
        >
          <Input.TextArea rows={2} maxLength={4000} />
        </Form.Item>
        <Form.Item
          name="deadline"
          label={t('rectification.panel.deadline')}
          rules={[{ required: true, message: t('rectification.panel.required') }]}
        >
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: 220 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
