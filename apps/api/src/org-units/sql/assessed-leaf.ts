/**
 * "Assessed leaf" (DOMAIN.md "Org units"; docs/metrics.md "Expected"): a BRANCH unit without children.
 * It is what a period opens assessments for and what every committee figure counts; a general branch
 * (党总支) with children is not one. The one SQL definition: periods, analytics and reports use it.
 *
 * `alias` is the org_unit row; `district` (an SQL expression), when given, keeps the children lookup
 * inside the unit's district, which lets the anti-join use (district_id, parent_id) on a large table.
 */
export function isAssessedLeaf(alias: string, district?: string, among?: string): string {
  // NOT IN over the parents (never NULL here) rather than a correlated NOT EXISTS: under an OR (a
  // period's branch set, branch-set.sql.ts) PostgreSQL cannot make NOT EXISTS an anti-join and ran
  // it as a sequential scan per branch (11 s for a 5,000-branch district); the uncorrelated list is
  // hashed once. Same rows: no child has this unit as parent.
  // `among` (a uuid[] expression), when the caller only asks about those units: the list holds only
  // their children (an index lookup) instead of every parent of the district. Same answer for them.
  const sameDistrict = district ? ` AND c.district_id = ${district}` : '';
  const onlyAmong = among ? ` AND c.parent_id = ANY(${among}::uuid[])` : '';
  return `${alias}.kind = 'BRANCH' AND ${alias}.id NOT IN (SELECT c.parent_id FROM org_unit c WHERE c.parent_id IS NOT NULL${sameDistrict}${onlyAmong})`;
}
