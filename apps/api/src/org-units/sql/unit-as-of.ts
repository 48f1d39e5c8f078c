import { isAssessedLeaf } from './assessed-leaf';

/**
 * A branch as its quarter saw it (docs/metrics.md "Closed quarters"): the unit snapshot stored with
 * the assessment `a` when its period closed, else the live org_unit row `u`. Every statement that
 * groups, filters or weights branches of a period by parent, path, sector, member count or activity
 * reads them through here, so editing the tree never changes a closed quarter's figures.
 */
export function unitAsOf(u: string, a: string) {
  return {
    parentId: `coalesce(${a}.unit_parent_id, ${u}.parent_id)`,
    path: `coalesce(${a}.unit_path, ${u}.path)`,
    sector: `coalesce(${a}.unit_sector, ${u}.sector)`,
    memberCount: `coalesce(${a}.unit_member_count, ${u}.member_count)`,
    active: `coalesce(${a}.unit_active, ${u}.active)`,
    /** An assessed leaf then: snapshotted with a closed period's assessment, or a leaf now. */
    leaf: (district?: string) => `(${a}.unit_path IS NOT NULL OR ${isAssessedLeaf(u, district)})`,
  };
}

/**
 * Snapshot the units of a period's assessments as they are now; run in the transaction that closes
 * the period. Params: $1 period id, $2 its district (the statement reads one district: one shard
 * under Citus, docs/scale-out.md).
 */
export const SNAPSHOT_PERIOD_UNITS_SQL = `
  UPDATE assessment a
     SET unit_parent_id = u.parent_id, unit_path = u.path, unit_sector = u.sector,
         unit_member_count = u.member_count, unit_active = u.active
    FROM org_unit u
   WHERE a.district_id = $2 AND a.period_id = $1
     AND u.district_id = a.district_id AND u.id = a.branch_id`;
