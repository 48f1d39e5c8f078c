import { isAssessedLeaf } from '../../org-units/sql/assessed-leaf';
import { unitAsOf } from '../../org-units/sql/unit-as-of';

/**
 * SQL fragments shared by the analytics statements.
 *
 * A "branch" is an assessed leaf (docs/domain.md "Who uses it"): a BRANCH unit without children, exactly
 * the units PeriodsService opens assessments for. A general branch (党总支) with children is not one.
 */

/**
 * CTE body: every branch under a unit, with the direct child of that unit it sits in.
 * Params: `district` (uuid), `unitPath` (the unit's path), `pattern` (unitPath || '%'), and `period`
 * (the period id) when the figures are a period's: a closed period's branches are those of its
 * assessments, with the parent, path, sector, member count and activity they had when it closed
 * (org-units/sql/unit-as-of.ts), so later tree edits leave its figures alone; an open period (or
 * none) reads the live tree.
 * `child_key` is the first path segment below the unit (text: the child's id), NULL for the unit itself.
 */
export function leavesUnder(p: {
  district: string;
  unitPath: string;
  pattern: string;
  period?: string;
  /** A uuid[] expression: only these branches (the figures refresh of the branches a write changed). */
  branchIds?: string;
}): string {
  const childKey = (path: string) => `${childKeyOf(path, p.unitPath)} AS child_key`;
  const only = p.branchIds ? ` AND u.id = ANY(${p.branchIds}::uuid[])` : '';
  if (!p.period) {
    return `
    SELECT u.id, u.code, u.name, u.path, u.parent_id, u.sector, u.member_count, u.active, ${childKey('u.path')}
      FROM org_unit u
     -- A unit's children share its district: looking only there keeps the anti-join to one
     -- district's units however many districts the table holds.
     WHERE u.district_id = ${p.district} AND u.path LIKE ${p.pattern} AND ${isAssessedLeaf('u', p.district, p.branchIds)}${only}`;
  }
  const x = unitAsOf('u', 'a');
  return `
    SELECT u.id, u.code, u.name, ${x.path} AS path, ${x.parentId} AS parent_id, ${x.sector} AS sector, ${x.memberCount} AS member_count,
           ${x.active} AS active, ${childKey(x.path)}
      FROM org_unit u
      LEFT JOIN assessment a ON a.district_id = ${p.district} AND a.branch_id = u.id AND a.period_id = ${p.period} AND a.unit_path IS NOT NULL
     WHERE u.district_id = ${p.district} AND ${x.path} LIKE ${p.pattern}${only}
       AND (a.id IS NOT NULL
            OR (${isAssessedLeaf('u', p.district, p.branchIds)} AND NOT ${periodIsClosed(p.period, p.district)}))`;
}

/** The first path segment of `path` below the unit at `unitPath` (the direct child's id), NULL for the unit itself. */
export const childKeyOf = (path: string, unitPath: string) =>
  `NULLIF(split_part(substr(${path}, length(${unitPath}::text) + 1), '/', 1), '')`;

/**
 * SQL condition: the period `period` (an id expression) of district `district` is closed, so its
 * figures read its snapshot. The district keeps the lookup in one partition (docs/scale-out.md).
 */
export const periodIsClosed = (period: string, district: string) =>
  `EXISTS (SELECT 1 FROM period cp WHERE cp.district_id = ${district} AND cp.id = ${period} AND cp.status = 'CLOSED')`;

/**
 * THE "on time" of an assessment row `a` (docs/metrics.md "On time"): its first submission of the
 * quarter came at or before the branch's effective deadline, its deadline extension (延期,
 * `deadline_extension`) when it has one, else the period's. NULL until the branch first submits.
 * `a.on_time` holds the comparison with the period deadline made at the first submission (so rows
 * written before `first_submitted_at` existed keep their verdict); an extension is always later than
 * the period deadline, so the effective comparison is that one OR the first submission within the
 * extension. Every reader (dashboard, completion, the reports, the assessment itself) takes it here.
 */
export const onTimeOf = (a: string) =>
  `(${a}.on_time OR EXISTS (SELECT 1 FROM deadline_extension dx
     WHERE dx.district_id = ${a}.district_id AND dx.period_id = ${a}.period_id AND dx.branch_id = ${a}.branch_id
       AND ${a}.first_submitted_at <= dx.deadline))`;

/**
 * Submission counts over rows with `active`, `assessment_id`, `status`, `on_time` (one row per branch,
 * assessment columns NULL when the branch has none). Used with GROUP BY. THE definitions of the
 * committee's submission figures (docs/metrics.md): every reader (dashboard, completion, trend, the
 * quarterly workbook and PDF) takes them from here.
 *
 * The timeliness figures are over the expected (active) branches, so
 * on_time + late + not_submitted = expected; the rows' `on_time` is `onTimeOf(a)` above (the first
 * submission against the branch's effective deadline), NULL until the branch first submits.
 */
export const SUBMISSION_COLUMNS = `
         count(*) FILTER (WHERE active AND assessment_id IS NULL)::int AS not_opened,
         count(*) FILTER (WHERE status = 'DRAFT')::int AS draft,
         count(*) FILTER (WHERE status = 'SUBMITTED')::int AS submitted,
         count(*) FILTER (WHERE status = 'RETURNED')::int AS returned,
         count(*) FILTER (WHERE status = 'APPROVED')::int AS approved,
         count(*) FILTER (WHERE active AND on_time IS NOT NULL)::int AS reported,
         count(*) FILTER (WHERE active AND on_time)::int AS on_time,
         count(*) FILTER (WHERE active AND on_time = false)::int AS late,
         count(*) FILTER (WHERE active AND on_time IS NULL)::int AS not_submitted`;

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
export const ratio4 = (a: string, b: string) =>
  `CASE WHEN ${b} = 0 THEN 0 ELSE round(${a}::numeric / ${b}, 4)::float8 END`;

/**
 * The two committee rates over expected branches, from the counts of COMPLETION_COLUMNS and
 * SUBMISSION_COLUMNS of the row aliased `r` (NULL counts, a child without branches, read as 0):
 * completion = active assessed / expected, on-time rate = on time / expected.
 */
export function rateColumns(r: string): string {
  const n = (column: string) => `coalesce(${r}.${column}, 0)`;
  return `${completionRate(n('active_assessed'), n('expected'))} AS completion, ${ratio4(n('on_time'), n('expected'))} AS on_time_rate`;
}

/** Completion: active assessed (reported) branches / expected (active) branches, 0 when none is expected. */
export const completionRate = (activeAssessed: string, expected: string) => ratio4(activeAssessed, expected);

/**
 * THE competition rank (docs/metrics.md "Competition rank"): best first, ties share a rank and the
 * next rank skips (1, 1, 3), i.e. 1 + the number of strictly greater values. Every rank a reader
 * shows (scoreboard children and branches, previous quarter's ranks, peer standing, the annual and
 * previous-year ranks) is computed by PostgreSQL through this window on totals as shown (2 places),
 * or, in the paged branch table, through rankCounts below (the same rank from counts per total);
 * the readers take the column and never rank again. libs/scoring `rankByTotal` is its mirror for
 * the browser, held to it by analytics/competition-rank-mirror.int-spec.ts.
 */
export const competitionRank = (value: string, partition?: string) =>
  `rank() OVER (${partition ? `PARTITION BY ${partition} ` : ''}ORDER BY ${value} DESC)`;

/**
 * THE competition rank again, from counts instead of a window over every row: one row per distinct
 * non-NULL `value` of `source` (column `t`) with its `rank`, 1 + the rows with a greater value, and
 * `at_or_above`, the rows with a value at least as great (ties included). Joined on the value it gives
 * what competitionRank and branchRankColumns give; a reader that needs the ranks of a few rows of a
 * large set (one page of the branch table) pays a count per distinct total instead of sorting every
 * row. With `partition` (columns of `source`), one such set per partition, each row led by its
 * columns (the stored counts of several units at once: analytics/figures/unit-rank-counts.sql.ts).
 * With `weight` (a column of `source`), each row counts as that many: the stored counts updated by
 * the rows a write changed, without reading the unchanged rows again.
 * Held to competitionRank by analytics/competition-rank-mirror.int-spec.ts.
 */
export const rankCounts = (source: string, value: string, partition?: string, weight?: string) => {
  const keys = partition ? `${partition}, ` : '';
  const groups = Array.from({ length: partition ? partition.split(',').length + 1 : 1 }, (_, i) => i + 1);
  // With `weight`, a row counts as that many rows (a stored count, or +1/-1 for a changed branch),
  // and a value whose rows add up to none is gone.
  const n = weight ? `sum(${weight})` : 'count(*)';
  return `
  SELECT ${keys}t, (sum(n) OVER by_value - n + 1)::int AS rank, (sum(n) OVER by_value)::int AS at_or_above
    FROM (SELECT ${keys}${value} AS t, ${n} AS n FROM ${source} WHERE ${value} IS NOT NULL GROUP BY ${groups.join(', ')}${weight ? ` HAVING ${n} > 0` : ''}) counts
  WINDOW by_value AS (${partition ? `PARTITION BY ${partition} ` : ''}ORDER BY t DESC)`;
};
