import type { DataSource } from 'typeorm';
import type { AccessPolicy } from '../auth/access-policy.service';
import type { AuthUser } from '../auth/auth-user';
import { notFound } from '../common/errors';

/**
 * The unit whose subtree a 整改 read covers (the counts, the ledger filtered to a unit): `unitId`,
 * or the caller's own scope unit. A unit outside the caller's scope answers as missing.
 */
export async function scopedUnit(
  dataSource: DataSource,
  policy: AccessPolicy,
  user: AuthUser,
  unitId: string | null | undefined,
  action: string,
): Promise<{ id: string; path: string }> {
  const id = unitId ?? user.scopeUnitId;
  const missing = () => notFound('OrgUnit', id);
  // In the caller's district only (one shard under Citus): another district's unit answers as missing.
  const [unit]: { id: string; path: string }[] = await dataSource.query(
    `SELECT id, path FROM org_unit WHERE id = $1 AND district_id = $2`,
    [id, user.districtId],
  );
  if (!unit) throw missing();
  policy.assertUnitInScope(user, unit, action, missing);
  return unit;
}
