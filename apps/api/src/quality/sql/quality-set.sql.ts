import { isReported } from '../../assessments/sql/reported';
import { unitAsOf } from '../../org-units/sql/unit-as-of';

const AS_OF = unitAsOf('u', 'a');

/**
 * The period and its framework. Params: $1 district id, $2 period code.
 * No row: the district has no such period.
 */
export const QUALITY_PERIOD_SQL = `
  SELECT p.id, p.code, p.framework_id
    FROM period p
   WHERE p.district_id = $1 AND p.code = $2`;

export interface QualityPeriodRow {
  id: string;
  code: string;
  framework_id: string;
}

/**
 * Branch $3 of district $1 with its assessment of period $2 (code), in one round trip: the unit (for
 * the access check), the period as QUALITY_PERIOD_SQL reads it, and the assessment, each null
 * (period, assessment) when missing. One branch's checks used to ask for the three in turn.
 */
export const BRANCH_PERIOD_ASSESSMENT_SQL = `
  WITH p AS (${QUALITY_PERIOD_SQL})
  SELECT u.id, u.path, p.id AS period_id, p.code AS period_code, p.framework_id, a.id AS assessment_id
    FROM org_unit u
    LEFT JOIN p ON true
    LEFT JOIN assessment a ON a.district_id = u.district_id AND a.period_id = p.id AND a.branch_id = u.id
   WHERE u.id = $3 AND u.district_id = $1`;

export interface BranchPeriodAssessmentRow {
  id: string;
  path: string;
  period_id: string | null;
  period_code: string | null;
  framework_id: string | null;
  assessment_id: string | null;
}

/**
 * Which assessments a request checks: a SELECT of `assessment_id, branch_id` over the period's
 * assessments, with its own parameters from $3 on ($1 is the district, $2 the period id).
 */
export interface Listed {
  sql: string;
  params: unknown[];
  /** Set when the rows are named by id (a few): their peer groups are then looked up first, by index. */
  assessmentIds?: string[];
}

/** The period's assessments of these ids ($3). */
export function listedByIds(ids: string[]): Listed {
  return {
    sql: `SELECT a.id AS assessment_id, a.branch_id FROM assessment a
           WHERE a.district_id = $1 AND a.period_id = $2 AND a.id = ANY($3::uuid[])`,
    params: [ids],
    assessmentIds: ids,
  };
}

/** Same as ids never match: a branch whose parent is unknown is its own group of one key. */
export const NO_PARENT_ID = '00000000-0000-0000-0000-000000000000';
const NO_PARENT = `'${NO_PARENT_ID}'::uuid`;
const GROUP = `coalesce(${AS_OF.parentId}, ${NO_PARENT})`;

/**
 * Which assessments of a peer group a listing takes: the reported ones (every peer: a draft or a
 * returned assessment is checked, never compared with) or every one (the figures refresh stores
 * every assessment's open flags, docs/metrics.md "Open flags").
 */
export type Members = 'reported' | 'every';

const MEMBERS_WHERE: Record<Members, string> = { reported: isReported('a'), every: 'true' };

/** The period's assessments, every one or the reported ones. */
export function listedInPeriod(members: Members): Listed {
  return {
    sql: `SELECT a.id AS assessment_id, a.branch_id FROM assessment a
           WHERE a.district_id = $1 AND a.period_id = $2 AND ${MEMBERS_WHERE[members]}`,
    params: [],
  };
}

/** The peer groups (parent ids, as GROUP gives them) of the assessments of `column` $3 (uuid[]) in period $2 of district $1. */
const groupsOf = (column: 'a.branch_id' | 'a.id') => `
  SELECT DISTINCT ${GROUP} AS parent_id
    FROM assessment a
    JOIN org_unit u ON u.district_id = a.district_id AND u.id = a.branch_id
   WHERE a.district_id = $1 AND a.period_id = $2 AND ${column} = ANY($3::uuid[])`;

/** The peer groups of the branches $3 (uuid[]) in period $2 of district $1 (see groupsOf). */
export const GROUPS_OF_BRANCHES_SQL = groupsOf('a.branch_id');

/** The peer groups of the assessments $3 (uuid[]) in period $2 of district $1 (see groupsOf). */
export const GROUPS_OF_ASSESSMENTS_SQL = groupsOf('a.id');

/**
 * The peer group of assessment $3 (period $2, district $1) and its sector as the period sees it ('' for
 * none), as checked-branch.ts keys a branch's sample.
 */
export const OWN_GROUP_SQL = `
  SELECT ${GROUP} AS group_id, coalesce(${AS_OF.sector}::text, '') AS sector
    FROM assessment a
    JOIN org_unit u ON u.district_id = a.district_id AND u.id = a.branch_id
   WHERE a.district_id = $1 AND a.period_id = $2 AND a.id = $3`;

/** Every peer group of period $2 of district $1 that has an assessment (see groupsOf). */
export const GROUPS_OF_PERIOD_SQL = `
  SELECT DISTINCT ${GROUP} AS parent_id
    FROM assessment a
    JOIN org_unit u ON u.district_id = a.district_id AND u.id = a.branch_id
   WHERE a.district_id = $1 AND a.period_id = $2`;

/**
 * The period's assessments (the reported ones, or every one) in the peer groups $`at` (uuid[], as
 * peer-groups.ts looks them up): with the reported ones, every peer of those groups, and so every
 * assessment whose flags they decide. Found through indexes, not by reading the quarter's
 * assessments: a closed quarter's snapshot parent (ix_assessment_unit_parent), else the branch's live
 * parent (ix_org_unit_parent), else none (NO_PARENT); the GROUP test then keeps exactly the groups'
 * rows. Given as arrays from the caller, so the planner knows their size. Params: $1 district id,
 * $2 period id, $`at` (default $3) parent ids.
 */
export function listedInGroups(parentIds: string[], members: Members, at = 3): Listed {
  const groups = `$${at}::uuid[]`;
  const memberIn = (from: string, where: string) => `
    SELECT a.id AS assessment_id, a.branch_id ${from}
     WHERE ${where} AND ${MEMBERS_WHERE[members]} AND ${GROUP} = ANY(${groups})`;
  const byLiveParent = `FROM org_unit u
      JOIN assessment a ON a.district_id = u.district_id AND a.branch_id = u.id AND a.period_id = $2`;
  return {
    sql: `${memberIn(
      `FROM assessment a JOIN org_unit u ON u.district_id = a.district_id AND u.id = a.branch_id`,
      `a.district_id = $1 AND a.period_id = $2 AND a.unit_parent_id = ANY(${groups})`,
    )}
    UNION
    ${memberIn(byLiveParent, `u.district_id = $1 AND u.parent_id = ANY(${groups}) AND a.unit_parent_id IS NULL`)}
    UNION
    ${memberIn(byLiveParent, `u.district_id = $1 AND u.parent_id IS NULL AND a.unit_parent_id IS NULL`)}`,
    params: [parentIds],
  };
}

/**
 * Whom the listed rows are checked against, besides each other:
 * - 'search': their peer groups, found in SQL (reads the quarter's assessments: a filter's many rows);
 * - 'listed': no one else, the listed rows being whole groups already (listedInGroups,
 *   listedInPeriod: the figures refresh);
 * - a Listed: these rows, the groups' reported assessments looked up first by index
 *   (listedInGroups with its parameter after the listed statement's: a few rows named by id).
 */
export type Peers = 'search' | 'listed' | Listed;

/**
 * The listed assessments and every assessment of their peer groups, one row each, with what the
 * data checks need (docs/domain.md "Data checks"): the values (self and reviewed), the sector and
 * parent as the period saw them (a closed quarter's snapshot) and whether the row is listed. A peer
 * group is the branches of one parent, so a page or one branch reads its groups only, not the
 * district. With `previous`, a listed row also carries its branch's previous-quarter values (that
 * quarter's reported assessment, else NULL); the peers are not checked, so theirs are not read.
 * The groups are built from these rows in libs/scoring checkBranchSet. Params: $1 district id,
 * $2 period id, then the listed statement's, then the peers' (a Listed).
 */
export function qualitySetSql(listed: Listed, previous: boolean, peers: Peers = 'search'): string {
  // The previous quarter's values are read for the listed rows only, one index probe each.
  const previousPairs = previous
    ? `LEFT JOIN LATERAL (
      SELECT pa.id, pa.district_id FROM period p
        JOIN period pp ON pp.district_id = p.district_id AND pp.year * 4 + pp.quarter = p.year * 4 + p.quarter - 1
        JOIN assessment pa ON pa.district_id = p.district_id AND pa.period_id = pp.id AND pa.branch_id = m.branch_id
       WHERE m.listed AND p.district_id = $1 AND p.id = $2 AND ${isReported('pa')}) pa ON true
    LEFT JOIN LATERAL (${PAIRS_OF('pa')}) pv ON true`
    : `LEFT JOIN LATERAL (SELECT NULL::json AS pairs) pv ON true`;
  const { ctes, where } = membersOf(peers);
  // MATERIALIZED: the groups are found before any value is read, so only their rows aggregate values.
  return `
  WITH listed AS (${listed.sql}),${ctes}
  members AS MATERIALIZED (
    SELECT a.id, a.district_id, a.branch_id, u.code, u.name, u.path, a.status::text AS status,
           ${AS_OF.sector}::text AS sector, ${AS_OF.parentId} AS parent_id,
           a.id IN (SELECT assessment_id FROM listed) AS listed
      FROM assessment a
      JOIN org_unit u ON u.district_id = a.district_id AND u.id = a.branch_id
     WHERE ${where})
  SELECT m.id AS assessment_id, m.branch_id, m.code, m.name, m.path, m.status, m.sector, m.parent_id,
         m.listed, cv.pairs, pv.pairs AS previous_pairs
    FROM members m
    LEFT JOIN LATERAL (${PAIRS_OF('m')}) cv ON true
    ${previousPairs}
   ORDER BY m.path, m.code`;
}

/**
 * Which assessments are `members` (the checked rows and their peers), with the CTEs that find them.
 * A draft or returned assessment of a group is no one's peer (checked-branch.ts), so leaving it out
 * changes no listed row's flags.
 */
function membersOf(peers: Peers): { ctes: string; where: string } {
  if (peers === 'listed')
    return { ctes: '', where: `a.district_id = $1 AND a.id IN (SELECT assessment_id FROM listed)` };
  if (peers === 'search')
    return {
      ctes: `
  groups AS (
    SELECT DISTINCT ${GROUP} AS parent_id
      FROM assessment a
      JOIN org_unit u ON u.district_id = a.district_id AND u.id = a.branch_id
     WHERE a.district_id = $1 AND a.id IN (SELECT assessment_id FROM listed)),`,
      where: `a.district_id = $1 AND a.period_id = $2 AND ${GROUP} IN (SELECT parent_id FROM groups)`,
    };
  return {
    ctes: `
  peers AS (${peers.sql}),`,
    where: `a.district_id = $1 AND a.id IN (SELECT assessment_id FROM listed UNION SELECT assessment_id FROM peers)`,
  };
}

/**
 * An assessment's values as { code: { self, reviewed } }. Built as `json`, not `jsonb`: the object is
 * only sent to the client, which parses both alike, and `json` skips converting each pair to jsonb's
 * binary form and back to text. A peer group's re-check reads about 400 of these (200 assessments
 * and their previous quarter's): 29.5 → 17.6 ms for 200 on the bench's 5,000-branch district.
 */
const PAIRS_OF = (a: string) => `
      SELECT json_object_agg(v.indicator_code, json_build_object('self', v.self_value, 'reviewed', v.reviewed_value)) AS pairs
        FROM indicator_value v WHERE v.district_id = ${a}.district_id AND v.assessment_id = ${a}.id`;

type Pairs = Record<string, { self: unknown; reviewed: unknown }>;

export interface QualitySetRow {
  assessment_id: string;
  branch_id: string;
  code: string;
  name: string;
  path: string;
  status: 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED';
  sector: string | null;
  parent_id: string | null;
  listed: boolean;
  pairs: Pairs | null;
  previous_pairs: Pairs | null;
}

/**
 * The listed assessments' branches' self-assessment inflation in the period, as the figures refresh
 * stored it (analytics/figures/self-inflation.ts). Params: $1 district id, $2 period id, then the
 * listed statement's.
 */
export function storedInflationSql(listed: Listed): string {
  return `
  WITH listed AS (${listed.sql})
  SELECT f.branch_id, f.self_inflation AS inflation, f.inflation_quarters AS quarters
    FROM branch_period_figures f
   WHERE f.district_id = $1 AND f.period_id = $2 AND f.self_inflation IS NOT NULL
     AND f.branch_id IN (SELECT branch_id FROM listed)`;
}

export interface StoredInflationRow {
  branch_id: string;
  inflation: number;
  quarters: number;
}

/**
 * The overview's inflation list: the period's assessments of a scope with the largest stored
 * inflation, the first `limit` by inflation and every one tied with the last of them (libs/scoring
 * compareInflation then orders and cuts them), read off the inflation index. The branch's scope,
 * name and code are the live unit's, as the review queue's and reviewRisks' (a closed quarter's row
 * keeps the path it had); a row without an assessment (a branch not opened in the quarter) is never
 * a candidate. Params: $1 district id, $2 period id, $3 scope (a LIKE pattern on the path), $4 limit.
 */
export const INFLATION_LEADERS_SQL = `
  SELECT a.id AS assessment_id, f.branch_id, u.code, u.name, f.self_inflation AS inflation,
         f.inflation_quarters AS quarters
    FROM branch_period_figures f
    JOIN org_unit u ON u.district_id = f.district_id AND u.id = f.branch_id
    JOIN assessment a ON a.district_id = f.district_id AND a.period_id = f.period_id AND a.branch_id = f.branch_id
   WHERE f.district_id = $1 AND f.period_id = $2 AND f.listed AND f.self_inflation IS NOT NULL
     AND u.path LIKE $3
   ORDER BY f.self_inflation DESC
   FETCH FIRST ($4::int) ROWS WITH TIES`;

export interface InflationLeaderRow {
  assessment_id: string;
  branch_id: string;
  code: string;
  name: string;
  inflation: number;
  quarters: number;
}
