import { useMutation } from '@apollo/client';
import { TEXT_LIMITS } from '@pathboard/text-limits';
import { App, Divider, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ServerErrorAlert } from '../ServerErrorAlert';
import { NewPasswordFields } from '../users/NewPasswordFields';
import { UsernameField } from '../users/UsernameField';
import { UnitCodeNameFields } from './UnitCodeNameFields';
import { CREATE_DISTRICT } from '../../graphql/admin.operations';
import {
  DISTRICT_FIELDS,
  districtFieldPath,
  type DistrictFormValues,
  newDistrictValues,
  toCreateDistrictInput,
} from '../../model/district-form';
import { fieldProblems } from '../../model/server-errors';

export interface CreateDistrictModalProps {
  open: boolean;
  onClose: () => void;
}

/** A new district (another tree root) with the administrator account that will manage it. */
export function CreateDistrictModal({ open, onClose }: CreateDistrictModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<DistrictFormValues>();
  const [createDistrict, { loading, error, reset }] = useMutation(CREATE_DISTRICT);

  const close = () => {
    form.resetFields();
    reset();
    onClose();
  };

  const submit = async (values: DistrictFormValues) => {
    try {
      const result = await createDistrict({ variables: { input: toCreateDistrictInput(values) } });
      const created = result.data?.createDistrict;
      void message.success(
        t('admin.units.districtCreated', {
          name: created?.district.name ?? values.name.trim(),
          username: created?.admin.username ?? values.admin.username.trim(),
        }),
        8,
      );
      close();
    } catch (failure) {
      form.setFields(
        fieldProblems(failure, DISTRICT_FIELDS).map((p) => ({
          name: districtFieldPath(p.field) as never,
          errors: [
            p.reason === 'taken' && p.field === 'code'
              ? t('admin.units.codeTaken')
              : p.reason === 'taken' && p.field === 'admin.username'
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
      title={t('admin.units.districtTitle')}
      okText={t('admin.units.createSubmit')}
      cancelText={t('admin.units.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={close}
      maskClosable={false}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('admin.units.districtHint')}</Typography.Paragraph>
      <Form<DistrictFormValues>
        form={form}
        layout="vertical"
        initialValues={newDistrictValues()}
        onFinish={(values) => void submit(values)}
      >
        <UnitCodeNameFields />
        <Form.Item
          name="memberCount"
          label={t('admin.units.memberCount')}
          rules={[{ required: true, type: 'integer', min: 0, max: 10_000_000 }]}
        >
          <InputNumber min={0} max={10_000_000} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Divider orientation="left" plain>
          {t('admin.units.districtAdmin')}
        </Divider>
        <UsernameField name={['admin', 'username']} />
        <Form.Item
          name={['admin', 'displayName']}
          label={t('admin.users.displayName')}
          rules={[{ required: true, whitespace: true, message: t('admin.users.displayNameRequired') }]}
        >
          <Input maxLength={TEXT_LIMITS.displayName} />
        </Form.Item>
        <NewPasswordFields path={['admin']} />
        {error && fieldProblems(error, DISTRICT_FIELDS).length === 0 ? (
          <ServerErrorAlert error={error} />
        ) : null}
      </Form>
    </Modal>
  );
}
