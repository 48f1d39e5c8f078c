import { useMutation } from '@apollo/client';
import { TEXT_LIMITS } from '@pathboard/text-limits';
import { App, Form, Input, Modal, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AdminUsersQuery } from '../../../../generated/graphql';
import { ServerErrorAlert } from '../ServerErrorAlert';
import { UPDATE_USER } from '../../graphql/admin.operations';
import type { AdminUnit } from '../../model/org-unit-form';
import { fieldProblemMessage, fieldProblems, type FieldProblem } from '../../model/server-errors';
import { UserAccessFields } from './UserAccessFields';
import {
  editUserValues,
  type EditUserFormValues,
  PASSWORD_MIN,
  toUpdateUserInput,
} from '../../model/user-form';

const EDIT_FIELDS = ['displayName', 'role', 'scopeUnitId', 'active', 'password'];

export interface EditUserModalProps {
  user: AdminUsersQuery['users'][number];
  root: AdminUnit;
  onClose: () => void;
}

/** Change an account's name, role, scope, active state, or set a new password. The username stays. */
export function EditUserModal({ user, root, onClose }: EditUserModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditUserFormValues>();
  const [updateUser, { loading, error }] = useMutation(UPDATE_USER, {
    refetchQueries: ['AdminUsers'],
    awaitRefetchQueries: true,
  });

  const submit = async (values: EditUserFormValues) => {
    const input = toUpdateUserInput(values, user);
    if (Object.keys(input).length === 0) {
      void message.info(t('admin.users.nothingChanged'));
      onClose();
      return;
    }
    try {
      await updateUser({ variables: { id: user.id, input } });
      void message.success(t('admin.users.updated', { username: user.username }));
      onClose();
    } catch (failure) {
      const wordProblem = (p: FieldProblem) => {
        const { key, values } = fieldProblemMessage(p);
        return t(key, values);
      };
      form.setFields(
        fieldProblems(failure, EDIT_FIELDS).map((p) => ({
          name: p.field as keyof EditUserFormValues,
          errors: [wordProblem(p)],
        })),
      );
    }
  };

  return (
    <Modal
      open
      title={t('admin.users.editTitle', { username: user.username })}
      okText={t('admin.users.save')}
      cancelText={t('admin.users.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
    >
      <Form<EditUserFormValues>
        form={form}
        layout="vertical"
        initialValues={editUserValues(user)}
        onFinish={(values) => void submit(values)}
      >
        <UserAccessFields form={form} root={root} initialRole={user.role} />
        <Form.Item
          name="active"
          label={t('admin.users.active')}
          extra={t('admin.users.activeHelp')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('admin.users.newPassword')}
          extra={t('admin.users.newPasswordHelp')}
          rules={[{ min: PASSWORD_MIN, message: t('admin.users.passwordRule') }]}
        >
          <Input.Password autoComplete="new-password" maxLength={TEXT_LIMITS.password} />
        </Form.Item>
        {error && fieldProblems(error, EDIT_FIELDS).length === 0 ? <ServerErrorAlert error={error} /> : null}
      </Form>
    </Modal>
  );
}
