import { TEXT_LIMITS, UNIT_CODE_PATTERN } from '@pathboard/text-limits';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/** The code and name of a unit, with the API's rules: shared by the unit form and the new-district dialog. */
export function UnitCodeNameFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="code"
        label={t('admin.units.code')}
        extra={t('admin.units.codeRule', { max: TEXT_LIMITS.unitCode })}
        rules={[
          {
            required: true,
            pattern: UNIT_CODE_PATTERN,
            message: t('admin.units.codeRule', { max: TEXT_LIMITS.unitCode }),
          },
        ]}
      >
        <Input autoComplete="off" maxLength={TEXT_LIMITS.unitCode} />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('admin.units.name')}
        rules={[{ required: true, whitespace: true, message: t('admin.units.nameRequired') }]}
      >
        <Input maxLength={TEXT_LIMITS.unitName} />
      </Form.Item>
    </>
  );
}
