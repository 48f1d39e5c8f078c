import { useMutation } from '@apollo/client';
import { Alert, App, Form, Modal, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MOVE_ORG_UNIT } from '../../graphql/admin.operations';
import type { AdminUnit } from '../../model/org-unit-form';
import { moveRefusalOf, moveTargetMatches, moveTargets } from '../../model/org-unit-move';
import { ServerErrorAlert } from '../ServerErrorAlert';
import { GeneralBranchNotice } from './GeneralBranchNotice';

export interface MoveUnitModalProps {
  open: boolean;
  root: AdminUnit;
  unit: AdminUnit;
  onClose: (movedTo: string | null) => void;
}

interface MoveValues {
  parentId: string;
}

/** Move a street or branch (with its subtree) under another parent chosen among the valid ones. */
export function MoveUnitModal({ open, root, unit, onClose }: MoveUnitModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<MoveValues>();
  const [move, { loading, error, reset }] = useMutation(MOVE_ORG_UNIT, {
    refetchQueries: ['AdminOrgTree'],
    awaitRefetchQueries: true,
  });
  const targets = useMemo(() => moveTargets(root, unit), [root, unit]);
  const targetById = useMemo(() => new Map(targets.map((x) => [x.unit.id, x])), [targets]);
  const refusal = moveRefusalOf(error);
  const chosenId = Form.useWatch('parentId', form);
  const chosen = targets.find((x) => x.unit.id === chosenId)?.unit ?? null;

  const close = (movedTo: string | null) => {
    form.resetFields();
    reset();
    onClose(movedTo);
  };

  const submit = async ({ parentId }: MoveValues) => {
    try {
      await move({ variables: { id: unit.id, parentId } });
      const parent = targets.find((x) => x.unit.id === parentId)?.unit.name ?? '';
      void message.success(t('admin.units.moved', { name: unit.name, parent }));
      close(parentId);
    } catch {
      // shown below the picker
    }
  };

  return (
    <Modal
      open={open}
      title={t('admin.units.moveTitle', { name: unit.name })}
      okText={t('admin.units.moveSubmit')}
      cancelText={t('admin.units.cancel')}
      okButtonProps={{ disabled: targets.length === 0 }}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={() => close(null)}
      maskClosable={false}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('admin.units.moveHint')}</Typography.Paragraph>
      {targets.length === 0 ? (
        <Alert type="info" showIcon message={t('admin.units.moveNone')} />
      ) : (
        <Form<MoveValues> form={form} layout="vertical" onFinish={(values) => void submit(values)}>
          <Form.Item
            name="parentId"
            label={t('admin.units.moveTarget')}
            rules={[{ required: true, message: t('admin.units.moveTargetRequired') }]}
          >
            <Select
              showSearch
              placeholder={t('admin.units.moveSearch')}
              options={targets.map((x) => ({ value: x.unit.id, label: x.label }))}
              // The unit's code and pinyin are not in the label: matched on the unit ("hp", "heping").
              filterOption={(input, option) => {
                const target = option ? targetById.get(String(option.value)) : undefined;
                return target ? moveTargetMatches(target, input) : false;
              }}
              onChange={() => reset()}
            />
          </Form.Item>
          <GeneralBranchNotice parent={chosen} style={{ marginBottom: 16 }} />
        </Form>
      )}
      {error ? (
        <ServerErrorAlert error={error} refusal={refusal ? t(`admin.units.moveRefused.${refusal}`) : null} />
      ) : null}
    </Modal>
  );
}
