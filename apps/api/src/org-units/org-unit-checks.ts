/**
 * The org-unit rules that read the database (OrgUnitsService runs them inside its transactions):
 * what surrounds a unit whose active flag changes, and codes already taken.
 */
import { IsNull, type EntityManager } from 'typeorm';
import { badUserInput } from '../common/errors';
import { OrgUnitEntity } from './org-unit.entity';

/** What the active rule looks at around a unit: its active descendants and whether its parent is active. */
export async function activeAround(
  m: EntityManager,
  unit: OrgUnitEntity,
): Promise<{ parentActive: boolean | null; activeBelow: number }> {
  const [row]: { activeBelow: number; parentActive: boolean | null }[] = await m.query(
    `SELECT (SELECT count(*)::int FROM org_unit c
              WHERE c.district_id = $1 AND c.path LIKE $2 AND c.id <> $3 AND c.active) AS "activeBelow",
            (SELECT p.active FROM org_unit p WHERE p.district_id = $1 AND p.id = $4::uuid) AS "parentActive"`,
    [unit.districtId, `${unit.path}%`, unit.id, unit.parentId],
  );
  return { activeBelow: Number(row.activeBelow), parentActive: row.parentActive ?? null };
}

/**
 * A district's code names it at login (auth/login-districts.ts), so no two districts share one. The
 * refusal names only what the public login page lists anyway (district codes). The database cannot
 * hold this rule (a unique key on org_unit must include district_id, docs/scale-out.md), so creators
 * and renamers of district codes take one lock first and check inside their transaction.
 */
export async function assertDistrictCodeFree(m: EntityManager, code: string): Promise<void> {
  await m.query(`SELECT pg_advisory_xact_lock(hashtext('org_unit:district-codes'))`);
  if (await m.exists(OrgUnitEntity, { where: { parentId: IsNull(), code } }))
    throw badUserInput(`code: "${code}" is already used by another district`, { field: 'code' });
}

export const codeTaken = (code: string) =>
  badUserInput(`code: "${code}" is already used by another unit of this district`, { field: 'code' });
