/**
 * Who owns a framework version: a district (`district_id`, imported by its ADMIN, seen and used only
 * there) or nobody (`district_id` NULL: a shared read-only system framework, published by the
 * platform through the seeder, never by a district's importFramework).
 */

/** SQL condition on a `framework` row alias: shared, or owned by the district bound at `param`. */
export function visibleToDistrict(alias: string, param: string): string {
  return `(${alias}.district_id IS NULL OR ${alias}.district_id = ${param}::uuid)`;
}

/**
 * The next version of code $1 for owner $2 (a district id, or NULL for a system framework). Above
 * every version its users can see (the system versions and the district's own), so "newest version"
 * is never ambiguous in a district; a system version is above every district's.
 */
export const NEXT_VERSION_SQL = `
  SELECT COALESCE(MAX(version), 0) + 1 AS next
    FROM framework f
   WHERE f.code = $1 AND ($2::uuid IS NULL OR ${visibleToDistrict('f', '$2')})`;
