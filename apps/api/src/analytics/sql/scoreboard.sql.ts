import { isReported } from '../../assessments/sql/reported';
import {
  COMPLETION_COLUMNS,
  exactPercentile,
  f8,
  competitionRank,
  childKeyOf,
  leavesUnder,
  onTimeOf,
  periodIsClosed,
  rateColumns,
  SUBMISSION_COLUMNS,
} from './branch-set.sql';

/**
 * The scoreboard's two data statements. Their number and shape do not depend on how many branches or
 * children the unit has: everything is grouped, ranked and joined in PostgreSQL.
 *
 * Shared params: $1 district id, $2 unit path, $3 unit path || '%', $4 period id, $5 previous period
 * id (NULL: no previous quarter, every previous figure is NULL).
 */

/** `ARRAY[f(1), …, f(n)]`: one expression per framework path or grade (never per branch). */
function arrayOf(n: number, element: (i: number) => string, type: string): string {
  return n === 0
    ? `'{}'::${type}[]`
    : `ARRAY[${Array.from({ length: n }, (_, i) => element(i + 1)).join(', ')}]`;
}

/**
 * One row for the unit (grp '*') and one per direct child (grp = child id): figures, grade counts and
 * path means (arrays aligned with $7 grade codes and the framework's paths), previous mean and
 * competition ranks among the children. One grouping pass over the unit's branch rows: the rows of
 * the branch statement below (`source` 'live': run inside this one) or the same rows as
 * analytics/figures stored them (`source` 'stored': branch_period_figures, written by that statement),
 * so the figures of a unit are computed from the branch rows whichever way they are read, and the
 * refresh of a unit aggregates its stored rows instead of re-joining every assessment of its subtree.
 * The stored columns are float8; the 2-place totals and percents convert back to numeric exactly.
 * A path mean averages every reported branch's percent of that path (`score_percents`, the score
 * row's list as it is), also a branch whose list misses another path.
 * Extra params: $6 the unit id (its direct children are listed even when they have no branch yet),
 * $7 the framework's grade codes (text[]). The text depends on the framework's path and grade
 * counts, never on the number of branches.
 */
export function scoreboardFiguresSql(
  pathCount: number,
  gradeCount: number,
  source: 'live' | 'stored' = 'live',
): string {
  // In hundredths: a path percent is a numeric(6,2) stored as float8, so `round(p * 100)` is its
  // exact integer and the mean of those integers, over 100, is the numeric mean. Converting each
  // float8 to numeric instead took about a third of a 50,000-branch district's figures statement.
  const pathMeans = arrayOf(
    pathCount,
    (i) => `round(avg(round(percents[${i}] * 100)::int8) / 100, 2)::float8`,
    'float8',
  );
  const gradeCounts = arrayOf(
    gradeCount,
    (i) => `count(*) FILTER (WHERE grade_code = ($7::text[])[${i}])::int`,
    'int',
  );
  const rows =
    source === 'stored'
      ? `SELECT f.* FROM branch_period_figures f WHERE f.district_id = $1 AND f.period_id = $4 AND f.path LIKE $3`
      : `SELECT b.* FROM (${scoreboardBranchesSql(pathCount, { pathCount: String(pathCount), scorePercents: true })}) b`;
  return `
WITH branch_rows AS (${rows}),
joined AS (
  -- COLLATE "C": grouping compares bytes (the key is an id), not the database's collation rules.
  -- A row has an assessment exactly when it has a status (assessment.status is NOT NULL): the
  -- branch's id stands for it where SUBMISSION_COLUMNS asks whether there is one.
  SELECT r.branch_id AS id, ${childKeyOf('r.path', '$2')} COLLATE "C" AS child_key, r.active, r.member_count,
         CASE WHEN r.status IS NOT NULL THEN r.branch_id END AS assessment_id, r.status, r.on_time,
         r.total::numeric AS total, r.grade_code, r.score_percents AS percents,
         -- No previous quarter ($5 NULL), no previous figure (the stored rows already agree; this
         -- keeps the params of both sources the same).
         CASE WHEN $5::uuid IS NOT NULL THEN r.previous_total::numeric END AS prev_total
    FROM branch_rows r),
stats AS (
  SELECT CASE WHEN GROUPING(child_key) = 1 THEN '*' ELSE child_key END AS grp,
         ${COMPLETION_COLUMNS},
         round(avg(total), 2) AS mean,
         round(sum(total * member_count) / NULLIF(sum(member_count) FILTER (WHERE total IS NOT NULL), 0), 2) AS weighted_mean,
         ${exactPercentile('0.5', 'total')} AS median,
         ${exactPercentile('0.25', 'total')} AS q1,
         ${exactPercentile('0.75', 'total')} AS q3,
         min(total) AS min, max(total) AS max,
         round(avg(prev_total), 2) AS previous_mean,
         ${pathMeans} AS path_means,
         ${gradeCounts} AS grade_counts,
         ${SUBMISSION_COLUMNS}
    FROM joined
   GROUP BY GROUPING SETS ((), (child_key))),
-- The unit's children: today's (an open quarter), and every child its branches sat in (a closed
-- quarter lists the children of its snapshot, not those created or moved in since).
groups AS (
  SELECT '*' AS grp, NULL::uuid AS unit_id
  UNION
  SELECT c.id::text, c.id FROM org_unit c WHERE c.district_id = $1 AND c.parent_id = $6 AND NOT ${periodIsClosed('$4', '$1')}
  UNION
  SELECT s.grp, s.grp::uuid FROM stats s WHERE s.grp <> '*'),
ranked AS (
  SELECT g.grp AS group_key, c.code, c.name, c.kind, c.active, s.*,
         CASE WHEN g.grp <> '*' AND s.mean IS NOT NULL
              THEN ${competitionRank('s.mean', "g.grp = '*', s.mean IS NULL")} END AS rank,
         CASE WHEN g.grp <> '*' AND s.previous_mean IS NOT NULL
              THEN ${competitionRank('s.previous_mean', "g.grp = '*', s.previous_mean IS NULL")} END AS previous_rank
    FROM groups g
    LEFT JOIN stats s ON s.grp = g.grp
    -- Each group's unit by its key, one index probe each (LIMIT keeps the planner from joining the
    -- district's every unit by hash: it cannot tell how few groups there are; 28 ms at 50,000).
    LEFT JOIN LATERAL (
      SELECT c.code, c.name, c.kind, c.active FROM org_unit c WHERE c.district_id = $1 AND c.id = g.unit_id LIMIT 1
    ) c ON true)
SELECT r.group_key AS grp, r.code, r.name, r.kind, r.active,
       coalesce(r.assessed, 0) AS assessed, coalesce(r.expected, 0) AS expected, ${rateColumns('r')},
       ${f8('r.mean')} AS mean, ${f8('r.weighted_mean')} AS weighted_mean, r.median, r.q1, r.q3,
       ${f8('r.min')} AS min, ${f8('r.max')} AS max,
       ${f8('r.previous_mean')} AS previous_mean, ${f8('r.mean - r.previous_mean')} AS mean_change,
       coalesce(r.not_opened, 0) AS not_opened, coalesce(r.draft, 0) AS draft, coalesce(r.submitted, 0) AS submitted,
       coalesce(r.returned, 0) AS returned, coalesce(r.approved, 0) AS approved, coalesce(r.reported, 0) AS reported,
       coalesce(r.on_time, 0) AS on_time, coalesce(r.late, 0) AS late, coalesce(r.not_submitted, 0) AS not_submitted,
       r.grade_counts, r.path_means,
       r.rank::int AS rank, r.previous_rank::int AS previous_rank
  FROM ranked r
 -- A deactivated child stays listed only while it still has scores in the period. Ranks were taken
 -- over every child first, so hiding one does not change the others' (previous) ranks.
 WHERE r.group_key = '*' OR r.active OR r.assessed > 0
 ORDER BY r.group_key <> '*', r.rank NULLS LAST, r.code COLLATE "C"`;
}

export interface ScoreboardFiguresRow {
  grp: string;
  code: string | null;
  name: string | null;
  kind: string | null;
  active: boolean | null;
  assessed: number;
  expected: number;
  completion: number;
  mean: number | null;
  weighted_mean: number | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
  min: number | null;
  max: number | null;
  previous_mean: number | null;
  mean_change: number | null;
  not_opened: number;
  draft: number;
  submitted: number;
  returned: number;
  approved: number;
  reported: number;
  on_time: number;
  late: number;
  not_submitted: number;
  on_time_rate: number;
  /** Aligned with the framework's grades ($7); NULL for a child without branches. */
  grade_counts: number[] | null;
  /** Aligned with the framework's paths; an element is NULL when no reported branch has that path. */
  path_means: (number | null)[] | null;
  rank: number | null;
  previous_rank: number | null;
}

/** The partition columns before the ranked total's own NULL split (none when no groups). */
const groupsFirst = (groups?: string) => (groups ? `${groups}, ` : '');

/**
 * A branch's competition rank among the assessed (reported) branches of the rows aliased `t`, and how
 * many assessed branches have a total at least this one (itself and ties included: the window's
 * default frame runs to the last peer). The percentile follows from it and the count of assessed
 * rows (libs/scoring percentileAmong), without a second window over the partition. Needs
 * `WINDOW by_total_desc AS (byTotalDesc(t, total, groups))`. Shared by the full branch list, the
 * paged table and the annual ranks (annual.sql.ts, `groups` partitioning peer sets and years).
 */
export const branchRankColumns = (t: string, total = 'total', groups?: string) => `
       CASE WHEN ${t}.${total} IS NOT NULL THEN ${competitionRank(`${t}.${total}`, `${groupsFirst(groups)}${t}.${total} IS NULL`)} END::int AS rank,
       CASE WHEN ${t}.${total} IS NOT NULL THEN count(*) OVER by_total_desc END::int AS at_or_above`;

/**
 * The ranks of the precomputed branch rows aliased `b` among the unit's rows: rank and at_or_above
 * of `total` (branchRankColumns, needs `WINDOW by_total_desc AS (byTotalDesc(b, total))`) and the
 * previous rank among every previous total (the unit's unlisted rows included). The branch table
 * and the quarterly reports rank with these columns, so both show the same ranks.
 */
export const figuresRankColumns = (b: string, total = 'total') => `${branchRankColumns(b, total)},
         CASE WHEN ${b}.previous_total IS NOT NULL
              THEN ${competitionRank(`${b}.previous_total`, `${b}.previous_total IS NULL`)} END::int AS previous_rank`;

/**
 * `total`: the column ranked (the paged table ranks `rank_total`, the total or NULL when not ranked);
 * `groups`: further partition columns when one statement ranks several peer sets (the annual ranks).
 */
export const byTotalDesc = (t: string, total = 'total', groups?: string) =>
  `PARTITION BY ${groupsFirst(groups)}${t}.${total} IS NULL ORDER BY ${t}.${total} DESC`;

/**
 * Every branch of the unit (active, or with an assessment in the period) with its official figures,
 * rank and percentile among the unit's assessed (reported) branches, and previous total. A DRAFT or
 * RETURNED assessment's row has its status and no figures.
 * Rows come ordered by total (best first), unassessed last, ties by code; then, with `id` NULL, one
 * row per branch reported in the previous quarter that is no longer listed (deactivated since),
 * carrying only its previous total. The previous rank is among all previous totals, those included
 * (the rank they had), ranked in the `prev` CTE (branch-set.sql.ts competitionRank, the one rank).
 * Path percents come from the score row (path_percents, in the framework's path order) as columns
 * p1…pN: 5,000 rows × N plain floats parse faster than 5,000 array literals. Changes against the
 * previous quarter are left to the mapper (differences of two columns already here).
 * Extra param: $6 the number of the framework's paths (int). The text depends on that number only.
 * Options: `pathCount`, that number as SQL instead of $6 (the figures statement inlines it);
 * `branchIds`, a uuid[] expression restricting the branches (the figures refresh of the branches a
 * write changed: a row depends on its own branch only, the ranks the refresh does not store aside);
 * `scorePercents`, a column with the score row's path percents as they are (the figures' path
 * means; left out of the branch list, whose readers take p1…pN).
 */
export function scoreboardBranchesSql(
  pathCount: number,
  options: { pathCount?: string; branchIds?: string; scorePercents?: boolean } = {},
): string {
  const leaf = leavesUnder({
    district: '$1',
    unitPath: '$2',
    pattern: '$3',
    period: '$4',
    branchIds: options.branchIds,
  });
  const percentCount = options.pathCount ?? '$6';
  const percents = Array.from({ length: pathCount }, (_, i) => `c.percents[${i + 1}]::float8 AS p${i + 1}`);
  return `
WITH leaf AS (${leaf}),
cur AS (
  SELECT l.*, a.status, ${onTimeOf('a')} AS on_time, s.total, s.grade_code, s.veto,
         -- The whole list or nothing: the schema promises a number for each of the framework's paths.
         CASE WHEN cardinality(s.path_percents) = ${percentCount} AND array_position(s.path_percents, NULL) IS NULL THEN s.path_percents END AS percents,
         s.path_percents AS score_percents
    FROM leaf l
    LEFT JOIN assessment a ON a.district_id = $1 AND a.branch_id = l.id AND a.period_id = $4
    -- A draft or returned assessment is listed with its status, without total, grade or rank.
    LEFT JOIN assessment_score s ON s.district_id = $1 AND s.period_id = $4 AND s.kind = 'OFFICIAL' AND s.assessment_id = a.id AND ${isReported('a')}
   WHERE l.active OR a.id IS NOT NULL),
-- Previous ranks among every previous total of the unit (a branch deactivated since keeps the rank it had).
prev AS (
  SELECT p.branch_id, l.path, p.total, ${competitionRank('p.total')}::int AS previous_rank
    FROM leaf l
    JOIN assessment pa ON pa.district_id = $1 AND pa.branch_id = l.id AND pa.period_id = $5 AND ${isReported('pa')}
    JOIN assessment_score p ON p.district_id = $1 AND p.period_id = $5 AND p.kind = 'OFFICIAL' AND p.assessment_id = pa.id)
SELECT c.id, c.code, c.name, c.parent_id, c.child_key, c.sector, c.member_count, c.active,
       c.status, c.on_time, c.total::float8 AS total, c.grade_code, c.veto,${percents.map((p) => `\n       ${p},`).join('')}
       ${branchRankColumns('c')},
       pv.total::float8 AS previous_total, pv.previous_rank,
       -- For the precomputed rows (analytics/figures): every row's branch and path, listed or not.
       coalesce(c.id, pv.branch_id) AS branch_id, coalesce(c.path, pv.path) AS path${options.scorePercents ? ', c.score_percents::float8[] AS score_percents' : ''}
  FROM cur c
  FULL JOIN prev pv ON pv.branch_id = c.id
WINDOW by_total_desc AS (${byTotalDesc('c')})
 ORDER BY c.total IS NULL, c.total DESC, c.code COLLATE "C"`;
}

/**
 * The path percents of a branch row aliased `b` (columns p1…pN, all NULL or none) as the float8[] that
 * branch_period_figures stores, NULL for a branch without them.
 */
export function storedPercents(b: string, pathCount: number): string {
  return pathCount === 0
    ? 'NULL::float8[]'
    : `CASE WHEN ${b}.p1 IS NULL THEN NULL ELSE ARRAY[${Array.from({ length: pathCount }, (_, i) => `${b}.p${i + 1}`).join(', ')}] END`;
}

export interface ScoreboardBranchRow {
  /** NULL on a row that only carries a previous total (a branch no longer listed). */
  id: string | null;
  code: string;
  name: string;
  parent_id: string | null;
  child_key: string | null;
  sector: string | null;
  member_count: number;
  active: boolean;
  status: string | null;
  on_time: boolean | null;
  total: number | null;
  grade_code: string | null;
  veto: boolean | null;
  /** p1…pN: the path percents (all NULL for a branch without a total or with an incomplete list). */
  [percent: `p${number}`]: number | null;
  rank: number | null;
  /** Assessed branches with a total ≥ this one's (itself included); NULL without a total. */
  at_or_above: number | null;
  previous_total: number | null;
  /** Competition rank of previous_total among every previous total of the unit. */
  previous_rank: number | null;
  branch_id: string;
  path: string;
}
