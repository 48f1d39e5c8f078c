import { useMutation } from '@apollo/client';
import { App, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ServerErrorAlert } from '../ServerErrorAlert';
import { CREATE_USER } from '../../graphql/admin.operations';
import type { AdminUnit } from '../../model/org-unit-form';
import { fieldProblemMessage, fieldProblems, type FieldProblem } from '../../model/server-errors';
import { NewPasswordFields } from './NewPasswordFields';
import { UserAccessFields } from './UserAccessFields';
import { UsernameField } from './UsernameField';
import { toCreateUserInput, type UserFormValues } from '../../model/user-form';

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
  const [form] = Form.useForm<CreateUserFormValues>();
  const [createUser, { loading, error, reset }] = useMutation(CREATE_USER, {
    refetchQueries: ['AdminUsers'],
    awaitRefetchQueries: true,
  });

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
      const wordProblem = (p: FieldProblem) => {
        const { key, values } = fieldProblemMessage(p);
        return t(key, values);
      };
      form.setFields(
        fieldProblems(failure, USER_FIELDS).map((p) => ({
          name: p.field as keyof CreateUserFormValues,
          errors: [wordProblem(p)],
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
        <UsernameField name="username" />
        <UserAccessFields form={form} root={root} initialRole={'VIEWER'} />
        <NewPasswordFields />
        {error && fieldProblems(error, USER_FIELDS).length === 0 ? <ServerErrorAlert error={error} /> : null}
      </Form>
    </Modal>
  );
}
