import { TEXT_LIMITS } from '@pathboard/text-limits';
import { Form, type FormInstance, Input, Select, TreeSelect } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../generated/graphql';
import { unitMatches } from '../../../../shared/org/unit-search';
import { type AdminUnit, findAdminUnit, flattenUnits } from '../../model/org-unit-form';
import { ROLE_ORDER, SCOPE_KINDS, scopeFits, scopeTree } from '../../model/user-form';

export interface UserAccessFieldsProps {
  /** The create or the edit form: both carry displayName, role and scopeUnitId; their other fields differ. */
  form: FormInstance;
  root: AdminUnit;
  /** The role shown before the form reports one (its initial value). */
  initialRole: Role;
}

/** Display name, role and the unit the role's rights cover, with the scope choices the role allows. */
export function UserAccessFields({ form, root, initialRole }: UserAccessFieldsProps) {
  const { t } = useTranslation();
  const [scopeOpen, setScopeOpen] = useState(false);
  const role: Role = Form.useWatch('role', form) ?? initialRole;
  const treeData = useMemo(() => {
    const tree = scopeTree(root, role);
    return tree ? [tree] : [];
  }, [root, role]);
  // The tree's options carry the name only: the search reads the unit's code and pinyin (ADMIN_ORG_TREE).
  const unitById = useMemo(() => new Map(flattenUnits(root).map((u) => [u.id, u])), [root]);
  const kinds = SCOPE_KINDS[role].map((k) => t(`overview.kinds.${k}`)).join(' / ');

  return (
    <>
      <Form.Item
        name="displayName"
        label={t('admin.users.displayName')}
        rules={[{ required: true, whitespace: true, message: t('admin.users.displayNameRequired') }]}
      >
        <Input maxLength={TEXT_LIMITS.displayName} />
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
          filterTreeNode={(input, node) => {
            const unit = unitById.get(String(node.value));
            return unit ? unitMatches(unit, input) : false;
          }}
          treeDefaultExpandedKeys={[root.id]}
          placeholder={t('admin.users.scopeSearch')}
          onOpenChange={setScopeOpen}
          // Esc with the list open closes the list only: let through, it also closed the dialog
          // around it and lost everything typed (the role Select already keeps it to itself).
          onKeyDown={(e) => {
            if (e.key === 'Escape' && scopeOpen) e.stopPropagation();
          }}
        />
      </Form.Item>
    </>
  );
}
