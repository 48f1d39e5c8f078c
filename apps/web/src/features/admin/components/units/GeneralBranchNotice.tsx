import { Alert } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUnit } from '../../model/org-unit-form';
import { turnsIntoGeneralBranch } from '../../model/org-unit-move';

/**
 * Says, before a unit is created or moved under `parent`, that an assessed branch would become a
 * general branch (and when the server refuses that): nothing when the parent is not such a branch.
 */
export function GeneralBranchNotice({ parent, style }: { parent: AdminUnit | null; style?: CSSProperties }) {
  const { t } = useTranslation();
  if (!parent || !turnsIntoGeneralBranch(parent)) return null;
  return (
    <Alert
      type="warning"
      showIcon
      message={t('admin.units.intoBranch', { name: parent.name })}
      style={style}
    />
  );
}
