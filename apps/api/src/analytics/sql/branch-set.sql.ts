/**
 * SQL fragments shared by the analytics statements.
 *
 * A "branch" is an assessed leaf (docs/domain.md "Who uses it"): a BRANCH unit without children, exactly
 * the units PeriodsService opens assessments for. A general branch (党总支) with children is not one.
 */

/**
 * CTE body: every branch under a unit, with the direct child of that unit it sits in.
 * Params: `district` (uuid), `unitPath` (the unit's path), `pattern` (unitPath || '%').
 * `child_key` is the first path segment below the unit (text: the child's id), NULL for the unit itself.
 */
export function leavesUnder(p: { district: string; unitPath: string; pattern: string }): string {
  return `
    SELECT u.id, u.code, u.name, u.parent_id, u.sector, u.member_count, u.active,
           NULLIF(split_part(substr(u.path, length(${p.unitPath}::text) + 1), '/', 1), '') AS child_key
      FROM org_unit u
     WHERE u.district_id = ${p.district} AND u.path LIKE ${p.pattern} AND u.kind = 'BRANCH'
       -- A unit's children share its district: looking only there keeps the anti-join to one
       -- district's units however many districts the table holds.
       AND NOT EXISTS (SELECT 1 FROM org_unit c WHERE c.parent_id = u.id AND c.district_id = ${p.district})`;
}

/**
 * Submission counts over rows with `active`, `assessment_id`, `status`, `on_time`, `submitted_at`
 * (one row per branch, assessment columns NULL when the branch has none). Used with GROUP BY.
 */
export const SUBMISSION_COLUMNS = `
         count(*) FILTER (WHERE active AND assessment_id IS NULL)::int AS not_opened,
         count(*) FILTER (WHERE status = 'DRAFT')::int AS draft,
         count(*) FILTER (WHERE status = 'SUBMITTED')::int AS submitted,
         count(*) FILTER (WHERE status = 'RETURNED')::int AS returned,
         count(*) FILTER (WHERE status = 'APPROVED')::int AS approved,
         count(*) FILTER (WHERE submitted_at IS NOT NULL)::int AS reported,
         count(*) FILTER (WHERE on_time)::int AS on_time,
         count(*) FILTER (WHERE on_time = false)::int AS late,
         count(*) FILTER (WHERE active AND on_time)::int AS active_on_time`;

/**
 * Completion columns over rows with `active` and `total` (libs/scoring `aggregate`: assessed counts
 * every branch with a total, expected the active ones, completion the active assessed share). The
 * statements leave `total` NULL unless the assessment is reported (assessments/sql/reported.ts).
 */
export const COMPLETION_COLUMNS = `
         count(total)::int AS assessed,
         count(*) FILTER (WHERE active)::int AS expected,
         count(total) FILTER (WHERE active)::int AS active_assessed`;

/**
 * `percentile_cont` over a numeric(8,2) total, exactly. percentile_cont works in float8; on the
 * totals in hundredths (integers) the interpolation lower + {0, .25, .5, .75} × (upper − lower) is
 * exact in binary floating point, so converting back to numeric and rounding half up to 2 places
 * gives the cent libs/scoring's Decimal `percentileCont` gives. On the plain totals, 70 + 0.25 × 0.02
 * is 70.00499… in float8; only the float8 → numeric cast's rounding to 15 digits happens to hide it.
 */
export function exactPercentile(fraction: string, total: string): string {
  return `round((percentile_cont(${fraction}) WITHIN GROUP (ORDER BY (${total} * 100)::float8))::numeric / 100, 2)::float8`;
}

/** numeric → JS number without string parsing (float8 prints the shortest exact form of a 2-place value). */
export const f8 = (expr: string) => `(${expr})::float8`;

/** round(a / b, 4) as float8, 0 when b = 0: the completion-style ratios. */
export const ratio4 = (a: string, b: string) => `CASE WHEN ${b} = 0 THEN 0 ELSE round(${a}::numeric / ${b}, 4)::float8 END`;
