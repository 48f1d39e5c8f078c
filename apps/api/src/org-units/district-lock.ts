import type { EntityManager } from 'typeorm';

/**
 * Serializes changes to one district's tree shape (create, move, reactivate) and period openings:
 * a row lock on the district's own unit, held until the transaction ends. Without it a move could
 * run beside a create under the moved subtree (the child would get a stale path), or a period could
 * open beside a branch creation and neither would create that branch's assessment.
 * FOR NO KEY UPDATE does not block foreign-key checks against the district row.
 */
export async function lockDistrictTree(manager: EntityManager, districtId: string): Promise<void> {
  // The district's own row is of its district (district_id = id): its whole key, one shard under Citus.
  await manager.query(`SELECT id FROM org_unit WHERE id = $1 AND district_id = $1 FOR NO KEY UPDATE`, [
    districtId,
  ]);
}
