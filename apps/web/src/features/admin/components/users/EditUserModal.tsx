import { useMutation } from '@apollo/client';
import { Alert, App, Form, Input, Modal, Select, Switch, TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUsersQuery, Role } from '../../../../generated/graphql';
import { useDescribeError } from '../../../../shared/errors';
import { UPDATE_USER } from '../../graphql/admin.operations';
import { type AdminUnit, findAdminUnit } from '../../model/org-unit-form';
import { fieldProblems } from '../../model/server-errors';
import {
  editUserValues,
  type EditUserFormValues,
  PASSWORD_MIN,
  ROLE_ORDER,
  SCOPE_KINDS,
  scopeFits,
  scopeTree,
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
  const describe = useDescribeError();
  const [form] = Form.useForm<EditUserFormValues>();
  const [updateUser, { loading, error }] = useMutation(UPDATE_USER, {
    refetchQueries: ['AdminUsers'],
    awaitRefetchQueries: true,
  });
  const role: Role = Form.useWatch('role', form) ?? user.role;
  const treeData = useMemo(() => {
    const tree = scopeTree(root, role);
    return tree ? [tree] : [];
  }, [root, role]);
  const kinds = SCOPE_KINDS[role].map((k) => t(`overview.kinds.${k}`)).join(' / ');

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
      form.setFields(
        fieldProblems(failure, EDIT_FIELDS).map((p) => ({
          name: p.field as keyof EditUserFormValues,
          errors: [t('admin.fieldRejected', { detail: p.detail })],
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
        <Form.Item
          name="displayName"
          label={t('admin.users.displayName')}
          rules={[{ required: true, whitespace: true, message: t('admin.users.displayNameRequired') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="role" label={t('admin.users.role')} rules={[{ required: true }]}>
          <Select
            options={ROLE_ORDER.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            onChange={(next: Role) => {
              const scopeId = form.getFieldValue('scopeUnitId') as string | undefined;
              if (scopeId && !scopeFits(findAdminUnit(root, scopeId), next))
                form.setFieldValue('scopeUnitId', undefined);
            }}
          />
        </Form.Item>
        <Form.Item
          name="scopeUnitId"
          label={t('admin.users.scope')}
          extra={t('admin.users.scopeRule', { role: t(`roles.${role}`), kinds })}
          rules={[{ required: true, message: t('admin.users.scopeRequired') }]}
        >
          <TreeSelect
            treeData={treeData}
            showSearch
            treeNodeFilterProp="title"
            treeDefaultExpandedKeys={[root.id]}
            placeholder={kinds}
          />
        </Form.Item>
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
          <Input.Password autoComplete="new-password" maxLength={256} />
        </Form.Item>
        {error && fieldProblems(error, EDIT_FIELDS).length === 0 ? (
          <Alert
            type="error"
            showIcon
            message={describe(error).message}
            description={describe(error).details.join(' ') || undefined}
          />
        ) : null}
      </Form>
    </Modal>
  );
}
