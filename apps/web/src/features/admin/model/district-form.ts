import type { CreateDistrictInput } from '../../../generated/graphql';

export interface DistrictFormValues {
  code: string;
  name: string;
  memberCount: number;
  admin: { username: string; displayName: string; password: string; confirmPassword: string };
}

/** The fields the API may name in a createDistrict refusal ("admin.username" is the nested one). */
export const DISTRICT_FIELDS = [
  'code',
  'name',
  'memberCount',
  'admin.username',
  'admin.displayName',
  'admin.password',
];

export function newDistrictValues(): DistrictFormValues {
  return {
    code: '',
    name: '',
    memberCount: 0,
    admin: { username: '', displayName: '', password: '', confirmPassword: '' },
  };
}

/** Trimmed, without the confirmation (a password is sent as typed). */
export function toCreateDistrictInput(values: DistrictFormValues): CreateDistrictInput {
  return {
    code: values.code.trim(),
    name: values.name.trim(),
    memberCount: values.memberCount,
    admin: {
      username: values.admin.username.trim(),
      displayName: values.admin.displayName.trim(),
      password: values.admin.password,
    },
  };
}

/** The form's name path of a field the server named: "admin.username" → ['admin', 'username']. */
export function districtFieldPath(field: string): string[] {
  return field.split('.');
}
