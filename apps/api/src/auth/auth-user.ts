import { Role } from './role.enum';

/**
 * The authenticated caller, resolved from the JWT on every request (the user row is re-read so a
 * deactivated user or a moved scope takes effect at once).
 *
 * `scopePath` is the materialized path of the caller's scope unit (`/<districtId>/.../<unitId>/`),
 * so "unit U is in scope" is `U.path.startsWith(scopePath)`.
 */
export interface AuthUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  scopeUnitId: string;
  scopePath: string;
  districtId: string;
}

export { Role };
