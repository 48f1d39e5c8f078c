/** The admin specs' org-unit builder: a unit with plain defaults, its children and any overrides. */
import type { AdminUnit } from './org-unit-form';

export function adminUnit(
  id: string,
  kind: AdminUnit['kind'],
  children: AdminUnit[] = [],
  extra: Partial<AdminUnit> = {},
): AdminUnit {
  return {
    id,
    code: id.toUpperCase(),
    name: `名称${id}`,
    kind,
    sector: kind === 'BRANCH' ? 'RURAL' : null,
    memberCount: 10,
    active: true,
    children,
    ...extra,
  };
}
