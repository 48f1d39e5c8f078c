import { useMutation } from '@apollo/client';
import { Alert, App, Form, Input, Modal, Select, TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../generated/graphql';
import { useDescribeError } from '../../../../shared/errors';
import { CREATE_USER } from '../../graphql/admin.operations';
import { type AdminUnit, findAdminUnit } from '../../model/org-unit-form';
import { fieldProblems } from '../../model/server-errors';
import {
  PASSWORD_MIN,
  ROLE_ORDER,
  SCOPE_KINDS,
  scopeFits,
  scopeTree,
  toCreateUserInput,
  USERNAME_PATTERN,
  type UserFormValues,
} from '../../model/user-form';

const USER_FIELDS = ['username', 'displayName', 'role', 'scopeUnitId', 'password'];

interface CreateUserFormValues extends UserFormValues {
  confirmPassword: string;
}

export interface CreateUserModalProps {
  open: boolean;
  root: AdminUnit;
  onClose: () => void;
}

/** A new account: username, name, role, the unit its rights cover, and an initial password. */
export function CreateUserModal({ open, root, onClose }: CreateUserModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describe = useDescribeError();
  const [form] = Form.useForm<CreateUserFormValues>();
  const [createUser, { loading, error, reset }] = useMutation(CREATE_USER, {
    refetchQueries: ['AdminUsers'],
    awaitRefetchQueries: true,
  });
  const role: Role = Form.useWatch('role', form) ?? 'VIEWER';
  const treeData = useMemo(() => {
    const tree = scopeTree(root, role);
    return tree ? [tree] : [];
  }, [root, role]);
  const kinds = SCOPE_KINDS[role].map((k) => t(`overview.kinds.${k}`)).join(' / ');

  const close = () => {
    form.resetFields();
    reset();
    onClose();
  };

  const submit = async (values: CreateUserFormValues) => {
    try {
      await createUser({ variables: { input: toCreateUserInput(values) } });
      void message.success(t('admin.users.created', { username: values.username.trim() }));
      close();
    } catch (failure) {
      form.setFields(
        fieldProblems(failure, USER_FIELDS).map((p) => ({
          name: p.field as keyof CreateUserFormValues,
          errors: [
            p.reason === 'taken' && p.field === 'username'
              ? t('admin.users.usernameTaken')
              : t('admin.fieldRejected', { detail: p.detail }),
          ],
        })),
      );
    }
  };

  return (
    <Modal
      open={open}
      title={t('admin.users.create')}
      okText={t('admin.users.submit')}
      cancelText={t('admin.users.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={close}
      maskClosable={false}
      destroyOnHidden
    >
      <Form<CreateUserFormValues>
        form={form}
        layout="vertical"
        initialValues={{ role: 'VIEWER' }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="username"
          label={t('admin.users.username')}
          extra={t('admin.users.usernameRule')}
          rules={[{ required: true, pattern: USERNAME_PATTERN, message: t('admin.users.usernameRule') }]}
        >
          <Input autoComplete="off" maxLength={32} />
        </Form.Item>
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
              // A unit chosen for the previous role may not suit this one: clear it rather than send it.
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
          name="password"
          label={t('admin.users.password')}
          extra={t('admin.users.passwordRule')}
          rules={[{ required: true, min: PASSWORD_MIN, message: t('admin.users.passwordRule') }]}
        >
          <Input.Password autoComplete="new-password" maxLength={256} />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('admin.users.confirmPassword')}
          dependencies={['password']}
          rules={[
            { required: true, message: t('admin.users.passwordMismatch') },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                value === getFieldValue('password')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('admin.users.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={256} />
        </Form.Item>
        {error && fieldProblems(error, USER_FIELDS).length === 0 ? (
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
