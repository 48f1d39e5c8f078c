import { TEXT_LIMITS } from '@pathboard/text-limits';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN } from '../../model/user-form';

/**
 * An initial password typed twice. `path` is where the two fields sit in the form's values
 * (`[]` for `password`/`confirmPassword` at the top, `['admin']` for a nested account).
 */
export function NewPasswordFields({ path = [] }: { path?: string[] }) {
  const { t } = useTranslation();
  const password = [...path, 'password'];
  return (
    <>
      <Form.Item
        name={password}
        label={t('admin.users.password')}
        extra={t('admin.users.passwordRule')}
        rules={[{ required: true, min: PASSWORD_MIN, message: t('admin.users.passwordRule') }]}
      >
        <Input.Password autoComplete="new-password" maxLength={TEXT_LIMITS.password} />
      </Form.Item>
      <Form.Item
        name={[...path, 'confirmPassword']}
        label={t('admin.users.confirmPassword')}
        dependencies={[password]}
        rules={[
          { required: true, message: t('admin.users.confirmRequired') },
          ({ getFieldValue }) => ({
            // An empty field is the rule above's to word ("please type it again"), not a mismatch.
            validator: (_, value) =>
              !value || value === getFieldValue(password)
                ? Promise.resolve()
                : Promise.reject(new Error(t('admin.users.passwordMismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={TEXT_LIMITS.password} />
      </Form.Item>
    </>
  );
}
