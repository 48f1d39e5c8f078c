import { useMutation, useQuery } from '@apollo/client';
import { TEXT_LIMITS } from '@pathboard/text-limits';
import { Alert, App, Form, Input, Modal, Switch } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDescribeError } from '../../../shared/errors';
import {
  MY_NOTIFICATION_SETTINGS,
  UPDATE_MY_NOTIFICATION_SETTINGS,
} from '../graphql/notifications.operations';

interface Values {
  email: string;
  emailNotifications: boolean;
}

/** The user's own notification e-mail: the address and the opt-out switch (on by default). */
export function NotificationSettingsModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describe = useDescribeError();
  const [form] = Form.useForm<Values>();
  const { data } = useQuery(MY_NOTIFICATION_SETTINGS, { skip: !open, fetchPolicy: 'network-only' });
  const [save, { loading }] = useMutation(UPDATE_MY_NOTIFICATION_SETTINGS, {
    refetchQueries: [MY_NOTIFICATION_SETTINGS],
  });
  const settings = data?.myNotificationSettings;
  useEffect(() => {
    if (open && settings)
      form.setFieldsValue({ email: settings.email ?? '', emailNotifications: settings.emailNotifications });
  }, [open, settings, form]);

  const submit = async () => {
    // Rejected while a field is wrong: the form already shows why under the field (and Modal's
    // onOk leaves the promise alone, so a rejection here would go unhandled).
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      await save({
        variables: { input: { email: v.email.trim() || null, emailNotifications: v.emailNotifications } },
      });
      void message.success(t('notifications.settings.saved'));
      onClose();
    } catch (err) {
      void message.error(describe(err).message);
    }
  };

  return (
    <Modal
      open={open}
      title={t('notifications.settings.title')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={loading}
      okText={t('notifications.settings.save')}
      destroyOnHidden
    >
      {settings && !settings.mailEnabled ? (
        <Alert
          type="info"
          showIcon
          message={t('notifications.settings.mailOff')}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Form form={form} layout="vertical" initialValues={{ email: '', emailNotifications: true }}>
        <Form.Item
          name="email"
          label={t('notifications.settings.email')}
          rules={[{ type: 'email', message: t('notifications.settings.invalidEmail') }]}
        >
          <Input placeholder="name@example.org" autoComplete="email" maxLength={TEXT_LIMITS.email} />
        </Form.Item>
        <Form.Item
          name="emailNotifications"
          label={t('notifications.settings.emailNotifications')}
          valuePropName="checked"
        >
          <Switch data-testid="email-notifications-switch" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
