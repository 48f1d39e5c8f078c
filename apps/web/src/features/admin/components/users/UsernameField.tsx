import { TEXT_LIMITS, USERNAME_PATTERN } from '@pathboard/text-limits';
import { Form, Input } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import { useTranslation } from 'react-i18next';

/** A new account's username, with its rule shown and checked as the API checks it. */
export function UsernameField({ name }: { name: NamePath }) {
  const { t } = useTranslation();
  const rule = t('admin.users.usernameRule', { max: TEXT_LIMITS.username });
  return (
    <Form.Item
      name={name}
      label={t('admin.users.username')}
      extra={rule}
      rules={[{ required: true, pattern: USERNAME_PATTERN, message: rule }]}
    >
      <Input autoComplete="off" maxLength={TEXT_LIMITS.username} />
    </Form.Item>
  );
}
