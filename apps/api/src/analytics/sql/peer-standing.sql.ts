import { isReported } from '../../assessments/sql/reported';
import { unitAsOf } from '../../org-units/sql/unit-as-of';
import { competitionRank, exactPercentile } from './branch-set.sql';

/** Both the branch (`me`) and its peers are read as of the period, through unit row `u` and assessment `a`. */
const AS_OF = unitAsOf('u', 'a');

/**
 * A branch's standing among the assessed branches with the same parent and among those of the same
 * sector in its district: group size, the branch's competition rank and percentile (share of the
 * others strictly lower × 100, alone 100), the group median and each path's median percent (the
 * branch page's radar is drawn against it), and the group mean. Only aggregates leave the database:
 * the peer standing on the branch page and the branch PDF's peer box both read this statement.
 * Assessed means reported (assessments/sql/reported.ts): a peer's draft or returned assessment is not
 * in any group, and the branch's own total, rank and percentile are NULL until it has reported.
 * Params: $1 branch id, $2 period id, $3 the district (every join names it: docs/scale-out.md). One row per group that has at least one assessed branch.
 */
export const PEER_STANDING_SQL = `
WITH me AS (
  -- The branch and its peers as the period saw them (a closed period's snapshot: unit-as-of.ts).
  SELECT u.id, ${AS_OF.parentId} AS parent_id, ${AS_OF.sector} AS sector, u.district_id
    FROM org_unit u
    LEFT JOIN assessment a ON a.district_id = u.district_id AND a.branch_id = u.id AND a.period_id = $2
   WHERE u.district_id = $3 AND u.id = $1),
mine AS (
  SELECT s.total
    FROM assessment a
    JOIN assessment_score s ON s.district_id = a.district_id AND s.assessment_id = a.id AND s.kind = 'OFFICIAL'
   WHERE a.district_id = $3 AND a.branch_id = $1 AND a.period_id = $2 AND ${isReported('a')}),
peers AS (
  SELECT ${AS_OF.parentId} IS NOT DISTINCT FROM me.parent_id AS same_parent, ${AS_OF.sector} = me.sector AS same_sector,
         s.total, s.assessment_id, s.branch_id = $1 AS own
    FROM me
    JOIN assessment_score s ON s.district_id = $3 AND s.period_id = $2 AND s.kind = 'OFFICIAL'
    -- The district ($3, a constant, so a partitioned or distributed table is pruned to the district's
    -- part when planning) and quarter again, so the quarter's assessments are read by their index.
    JOIN assessment a ON a.id = s.assessment_id AND a.district_id = $3 AND a.period_id = $2
                     AND ${isReported('a')}
    JOIN org_unit u ON u.district_id = $3 AND u.id = s.branch_id
   WHERE (${AS_OF.parentId} IS NOT DISTINCT FROM me.parent_id OR ${AS_OF.sector} = me.sector)
     AND ${AS_OF.leaf('$3')}),
grouped AS (
  SELECT 'PARENT' AS grp, total, assessment_id, own FROM peers WHERE same_parent
  UNION ALL
  SELECT 'SECTOR', total, assessment_id, own FROM peers WHERE same_sector),
-- THE competition rank (branch-set.sql.ts competitionRank) within each group; the branch reads its own row's.
groups AS (
  SELECT gr.*, ${competitionRank('gr.total', 'gr.grp')} AS rank FROM grouped gr),
-- Path percents are numeric(6,2), so the same exact median as the totals applies.
path_medians AS (
  SELECT g.grp, ps.path_code, ${exactPercentile('0.5', 'ps.percent')} AS median
    FROM groups g
    JOIN assessment_path_score ps ON ps.district_id = $3 AND ps.assessment_id = g.assessment_id AND ps.kind = 'OFFICIAL'
   GROUP BY g.grp, ps.path_code),
path_json AS (
  SELECT grp, json_object_agg(path_code, median) AS path_medians FROM path_medians GROUP BY grp)
SELECT g.grp, (SELECT sector FROM me)::text AS sector, count(*)::int AS peer_count,
       ${exactPercentile('0.5', 'g.total')} AS median, round(avg(g.total), 2)::float8 AS mean,
       (SELECT pj.path_medians FROM path_json pj WHERE pj.grp = g.grp) AS path_medians,
       (SELECT total FROM mine)::float8 AS total,
       CASE WHEN (SELECT total FROM mine) IS NOT NULL THEN max(g.rank) FILTER (WHERE g.own)::int END AS rank,
       CASE WHEN (SELECT total FROM mine) IS NULL THEN NULL
            WHEN count(*) = 1 THEN 100
            ELSE round(count(*) FILTER (WHERE g.total < (SELECT total FROM mine)) * 100.0 / (count(*) - 1), 2)::float8 END AS percentile
  FROM groups g
 GROUP BY g.grp`;

export interface PeerStandingRow {
  grp: 'PARENT' | 'SECTOR';
  /** The branch's sector in the period (a closed quarter's snapshot). */
  sector: string | null;
  peer_count: number;
  median: number | null;
  /** The group's mean total (2 places; the branch report prints it). */
  mean: number | null;
  /** path code → median percent among the group's peers (paths no peer has a figure for are absent). */
  path_medians: Record<string, number> | null;
  total: number | null;
  rank: number | null;
  percentile: number | null;
}
