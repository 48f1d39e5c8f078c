import type { CreateUserInput, Role, UpdateUserInput } from '../../../generated/graphql';
import type { AdminUnit, UnitKind } from './org-unit-form';

export const ROLE_ORDER: readonly Role[] = ['ADMIN', 'REVIEWER', 'BRANCH', 'VIEWER'];

/** The unit kinds a role's scope may be, as the API enforces (users.service SCOPE_KINDS). */
export const SCOPE_KINDS: Record<Role, readonly UnitKind[]> = {
  ADMIN: ['DISTRICT'],
  REVIEWER: ['DISTRICT', 'STREET'],
  BRANCH: ['BRANCH'],
  VIEWER: ['DISTRICT', 'STREET', 'BRANCH'],
};

/** The API's username rule, checked before sending so the message appears at the field. */
export { USERNAME_PATTERN } from '@pathboard/text-limits';
/** The API's PASSWORD_MIN_LENGTH; the API also refuses common passwords and ones containing the username. */
export const PASSWORD_MIN = 10;

export interface UserFormValues {
  username: string;
  displayName: string;
  role: Role;
  scopeUnitId: string;
  password: string;
}

export function toCreateUserInput(values: UserFormValues): CreateUserInput {
  return {
    username: values.username.trim(),
    displayName: values.displayName.trim(),
    role: values.role,
    scopeUnitId: values.scopeUnitId,
    password: values.password, // as typed: spaces may be part of a password
  };
}

export interface EditUserFormValues {
  displayName: string;
  role: Role;
  scopeUnitId: string;
  active: boolean;
  /** Empty or absent: keep the current password. */
  password?: string;
}

export interface EditableUser {
  displayName: string;
  role: Role;
  scopeUnitId: string;
  active: boolean;
}

export function editUserValues(user: EditableUser): EditUserFormValues {
  return {
    displayName: user.displayName,
    role: user.role,
    scopeUnitId: user.scopeUnitId,
    active: user.active,
  };
}

/** Only what changed; an empty password field leaves the password as it is. */
export function toUpdateUserInput(values: EditUserFormValues, original: EditableUser): UpdateUserInput {
  const input: UpdateUserInput = {};
  const displayName = values.displayName.trim();
  if (displayName !== original.displayName) input.displayName = displayName;
  if (values.role !== original.role) input.role = values.role;
  if (values.scopeUnitId !== original.scopeUnitId) input.scopeUnitId = values.scopeUnitId;
  if (values.active !== original.active) input.active = values.active;
  if (values.password) input.password = values.password; // as typed: spaces may be part of a password
  return input;
}

export interface ScopeTreeOption {
  value: string;
  title: string;
  disabled: boolean;
  children?: ScopeTreeOption[];
}

/**
 * The scope picker's tree for a role: units of other kinds stay visible (to find one's way) but
 * cannot be chosen; inactive units are left out. A BRANCH user's scope is a branch that is assessed,
 * so a general branch with sub-branches is not offered.
 */
export function scopeTree(root: AdminUnit, role: Role): ScopeTreeOption | null {
  if (!root.active) return null;
  const kinds = SCOPE_KINDS[role];
  const children = (root.children ?? [])
    .map((c) => scopeTree(c, role))
    .filter((c): c is ScopeTreeOption => c !== null);
  const isLeaf = (root.children ?? []).length === 0;
  const selectable = kinds.includes(root.kind) && (role !== 'BRANCH' || isLeaf);
  return {
    value: root.id,
    title: root.name,
    disabled: !selectable,
    ...(children.length ? { children } : {}),
  };
}

/** Whether a unit can be the scope of a role (re-checked when the role changes after a unit was picked). */
export function scopeFits(unit: AdminUnit | null, role: Role): boolean {
  if (!unit || !unit.active) return false;
  if (role === 'BRANCH' && (unit.children ?? []).length > 0) return false;
  return SCOPE_KINDS[role].includes(unit.kind);
}
