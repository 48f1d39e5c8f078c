import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { UNIT_CODE_PATTERN, UNIT_NAME_MAX } from '../../model/org-unit-form';

/** The code and name of a unit, with the API's rules: shared by the unit form and the new-district dialog. */
export function UnitCodeNameFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="code"
        label={t('admin.units.code')}
        extra={t('admin.units.codeRule')}
        rules={[{ required: true, pattern: UNIT_CODE_PATTERN, message: t('admin.units.codeRule') }]}
      >
        <Input autoComplete="off" maxLength={64} />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('admin.units.name')}
        rules={[{ required: true, whitespace: true, message: t('admin.units.nameRequired') }]}
      >
        <Input maxLength={UNIT_NAME_MAX} />
      </Form.Item>
    </>
  );
}
