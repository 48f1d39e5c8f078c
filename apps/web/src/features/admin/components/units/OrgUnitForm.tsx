import { useMutation } from '@apollo/client';
import { App, Button, Form, InputNumber, Select, Space, Switch } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ServerErrorAlert } from '../ServerErrorAlert';
import { GeneralBranchNotice } from './GeneralBranchNotice';
import { UnitCodeNameFields } from './UnitCodeNameFields';
import { SECTORS } from '../../../../shared/org/domain';
import { CREATE_ORG_UNIT, UPDATE_ORG_UNIT } from '../../graphql/admin.operations';
import { fieldProblems } from '../../model/server-errors';
import {
  activeRefusalOf,
  type AdminUnit,
  createRefusalOf,
  newUnitValues,
  toCreateInput,
  toUpdateInput,
  type UnitFormValues,
  unitValues,
} from '../../model/org-unit-form';

export interface OrgUnitFormProps {
  /** Edit this unit, or (with `create`) add a unit under it. */
  unit: AdminUnit;
  create: boolean;
  onDone: (savedId: string | null) => void;
}

const UNIT_FIELDS = ['code', 'name', 'sector', 'memberCount', 'active'];

/** Create a street or branch under a unit, or edit one: code, name, kind, sector, members, active. */
export function OrgUnitForm({ unit, create, onDone }: OrgUnitFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<UnitFormValues>();
  const [createUnit, creating] = useMutation(CREATE_ORG_UNIT, {
    refetchQueries: ['AdminOrgTree'],
    awaitRefetchQueries: true,
  });
  const [updateUnit, updating] = useMutation(UPDATE_ORG_UNIT, {
    refetchQueries: ['AdminOrgTree'],
    awaitRefetchQueries: true,
  });
  const initial = create ? newUnitValues(unit) : unitValues(unit);
  const kind = Form.useWatch('kind', form) ?? initial.kind;
  const error = creating.error ?? updating.error;
  // Refusals about one field are shown at that field; only the rest go to the alert below the form.
  const atFields = fieldProblems(error, UNIT_FIELDS);
  // A tree rule the user can act on (the parent branch already has assessments), in our words.
  const refusal = creating.error ? createRefusalOf(creating.error) : null;

  // Another unit or mode chosen: start from its values, without the previous attempt's error.
  const { reset: resetCreate } = creating;
  const { reset: resetUpdate } = updating;
  useEffect(() => {
    form.resetFields();
    resetCreate();
    resetUpdate();
  }, [unit.id, create, form, resetCreate, resetUpdate]);

  const submit = async (values: UnitFormValues) => {
    try {
      if (create) {
        const result = await createUnit({ variables: { input: toCreateInput(values, unit.id) } });
        void message.success(t('admin.units.created', { name: values.name.trim() }));
        onDone(result.data?.createOrgUnit.id ?? null);
      } else {
        const input = toUpdateInput(values, unit);
        if (Object.keys(input).length === 0) {
          void message.info(t('admin.units.noChanges'));
          return;
        }
        await updateUnit({ variables: { id: unit.id, input } });
        void message.success(t('admin.units.saved', { name: values.name.trim() }));
        onDone(unit.id);
      }
    } catch (failure) {
      // The active rule's refusals (units still active below, an inactive parent) in our words.
      const activeRefusal = activeRefusalOf(failure);
      form.setFields(
        fieldProblems(failure, UNIT_FIELDS).map((p) => ({
          name: p.field as keyof UnitFormValues,
          errors: [
            p.reason === 'taken' && p.field === 'code'
              ? t('admin.units.codeTaken')
              : p.field === 'active' && activeRefusal
                ? t(`admin.units.activeRefused.${activeRefusal.reason}`, {
                    count: activeRefusal.reason === 'ACTIVE_CHILDREN' ? activeRefusal.count : undefined,
                  })
                : t('admin.fieldRejected', { detail: p.detail }),
          ],
        })),
      );
    }
  };

  return (
    <Form<UnitFormValues>
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={(values) => void submit(values)}
      style={{ maxWidth: 560 }}
    >
      {create ? <GeneralBranchNotice parent={unit} style={{ marginBottom: 16 }} /> : null}
      <UnitCodeNameFields />
      <Form.Item name="kind" label={t('admin.units.kind')}>
        {/* Fixed by the parent (streets under the district, branches below): shown, not chosen. */}
        <Select disabled options={[{ value: initial.kind, label: t(`overview.kinds.${initial.kind}`) }]} />
      </Form.Item>
      {kind === 'BRANCH' ? (
        <Form.Item
          name="sector"
          label={t('admin.units.sector')}
          rules={[{ required: true, message: t('admin.units.sectorRequired') }]}
        >
          <Select options={SECTORS.map((s) => ({ value: s, label: t(`overview.sectors.${s}`) }))} />
        </Form.Item>
      ) : null}
      <Form.Item
        name="memberCount"
        label={t('admin.units.memberCount')}
        rules={[{ required: true, type: 'integer', min: 0, max: 1_000_000 }]}
      >
        <InputNumber min={0} max={1_000_000} precision={0} style={{ width: 160 }} />
      </Form.Item>
      {!create ? (
        <Form.Item
          name="active"
          label={t('admin.units.active')}
          valuePropName="checked"
          extra={t('admin.units.activeHint')}
        >
          <Switch />
        </Form.Item>
      ) : null}
      {error && atFields.length === 0 ? (
        <ServerErrorAlert
          error={error}
          refusal={refusal ? t(`admin.units.createRefused.${refusal}`) : null}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Space>
        <Button type="primary" htmlType="submit" loading={creating.loading || updating.loading}>
          {create ? t('admin.units.createSubmit') : t('admin.units.save')}
        </Button>
        <Button onClick={() => onDone(null)}>{t('admin.units.cancel')}</Button>
      </Space>
    </Form>
  );
}
