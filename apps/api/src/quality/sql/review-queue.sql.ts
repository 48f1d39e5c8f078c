import { PINYIN_MATCH } from '../../analytics/sql/branch-page.sql';
import { onTimeOf } from '../../analytics/sql/branch-set.sql';
import type { Listed } from './quality-set.sql';

/** The queue's orders (docs/metrics.md "Review risk" for RISK, which is ordered in libs/scoring). */
export const REVIEW_QUEUE_SORTS = ['SUBMITTED_AT', 'BRANCH', 'SELF_TOTAL', 'RISK'] as const;
export type ReviewQueueSort = (typeof REVIEW_QUEUE_SORTS)[number];

/** What the caller lists: the period's assessments in a scope, of one status or all, by name or code. */
export interface QueueFilter {
  districtId: string;
  periodId: string;
  /** The caller's scope, a LIKE pattern on the branch path (AccessPolicy.scopeFilter). */
  scope: string;
  status: string | null;
  /** A LIKE pattern on the name, the code or the name's pinyin (containsPattern), or null. */
  search: string | null;
  /** The scope is the whole district (AccessPolicy.scopesWholeDistrict): `scope` matches every unit. */
  wholeDistrict?: boolean;
}

/** The listed assessments: params $1 district, $2 period id, $3 scope, $4 status, $5 search. */
const LISTED_WHERE = `
       a.district_id = $1 AND a.period_id = $2 AND u.path LIKE $3
   AND ($4::text IS NULL OR a.status::text = $4)
   AND ($5::text IS NULL OR u.name ILIKE $5 OR u.code ILIKE $5 OR ${PINYIN_MATCH('u')})`;

/**
 * LISTED_WHERE for a filter with no search, over the whole district: the scope ($3) holds for every
 * unit of it and the search ($5) is null, so the rows are counted without their units.
 */
const LISTED_WHERE_WHOLE_DISTRICT = `
       a.district_id = $1 AND a.period_id = $2 AND ($4::text IS NULL OR a.status::text = $4)`;

export function filterParams(f: QueueFilter): unknown[] {
  return [f.districtId, f.periodId, f.scope, f.status, f.search];
}

/** The filter's assessments as the data checks' listed set (quality-set.sql.ts). */
export function listedByFilter(f: QueueFilter): Listed {
  return {
    sql: `SELECT a.id AS assessment_id, a.branch_id
            FROM assessment a ${UNIT_JOIN}
           WHERE ${LISTED_WHERE}`,
    params: filterParams(f).slice(2),
  };
}

/**
 * The risk order (libs/scoring compareRisk, riskiest first) on the stored figures: the stored open
 * flags (analytics/figures/open-flags.ts, by the figures refresh or a draft's own save; none once
 * approved), then the stored
 * inflation, none as 0. Read only when every listed row not approved has its count stored
 * (`unchecked` = 0); review-queue.int-spec holds this order equal to reviewRisks'.
 */
const RISK_ORDER = (dir: 'ASC' | 'DESC') => `${RISK_FLAGS} ${dir}, coalesce(rf.self_inflation, 0) ${dir}`;

/**
 * A row's open flags in the risk order, off its stored figures (whose status mirrors the
 * assessment's once the write's refresh has run), as `ix_branch_period_figures_risk` keys them.
 */
const RISK_FLAGS = `CASE WHEN rf.status = 'APPROVED' THEN 0 ELSE rf.open_flags END`;

/** Nulls last either way, then the branch code: a stable page order. */
const ORDER_BY: Record<Exclude<ReviewQueueSort, 'RISK'>, string> = {
  SUBMITTED_AT: 'a.submitted_at',
  BRANCH: 'u.code',
  SELF_TOTAL: 'ss.total',
};

/** An order of the queue: descending is the sort's reverse, ties by code in either. */
function orderOf(sort: ReviewQueueSort, descending: boolean): string {
  // Riskiest first is the larger figures first.
  const first =
    sort === 'RISK'
      ? RISK_ORDER(descending ? 'ASC' : 'DESC')
      : `${ORDER_BY[sort]} ${descending ? 'DESC' : 'ASC'} NULLS LAST`;
  // By risk, the tie is broken by the stored code (the unit's, as of the last refresh), as the index keys it.
  return `${first}, ${sort === 'RISK' ? 'rf.code' : 'u.code'}, a.id`;
}

/**
 * A row's columns. Its review risk is the stored one: the stored open flags (NULL only where no
 * refresh or save has checked the row yet: then it is checked live) and the inflation
 * (as storedInflationSql reads it).
 */
const QUEUE_COLUMNS = `
         a.id AS assessment_id, a.branch_id, u.code, u.name, u.sector::text AS sector,
         a.status::text AS status, a.submitted_at, ${onTimeOf('a')} AS on_time,
         ss.total::float8 AS self_total, ss.completeness::float8 AS completeness,
         ss.explanation->'grade' AS grade, rf.open_flags, rf.self_inflation AS inflation,
         coalesce(rf.inflation_quarters, 0) AS inflation_quarters`;

const UNIT_JOIN = `
    JOIN org_unit u ON u.district_id = a.district_id AND u.id = a.branch_id`;
const SCORE_JOIN = `
    LEFT JOIN assessment_score ss ON ss.district_id = a.district_id AND ss.assessment_id = a.id AND ss.kind = 'SELF'`;
const QUEUE_JOINS = `${UNIT_JOIN} ${SCORE_JOIN}`;

/** The branch's stored figures in the assessment's quarter (its risk figures). */
const FIGURES_JOIN = `
    LEFT JOIN branch_period_figures rf ON rf.district_id = a.district_id AND rf.period_id = a.period_id AND rf.branch_id = a.branch_id`;

/**
 * One page of the queue in an SQL order, each row with the number of listed rows (and, by risk, how
 * many listed rows not approved have no stored open flags: `unchecked`, a reason to check live).
 * The page is cut with ORDER BY … LIMIT, a top-N sort that keeps offset + limit rows. Its rows are
 * then read whole (on time is an EXISTS per row), with their stored risk figures, and put in the same
 * order (a total one: the code and id break ties). Params: the filter's five, $6 limit, $7 offset.
 *
 * Over the whole district with no search, the rows are counted off the index
 * `ix_assessment_submitted` alone, without their units, and in submission order (ascending, the
 * queue's default) the page is read off that index in order, so only the rows up to it are joined to
 * their units: at 50,000 branches the statement no longer joins every listed row to its unit. By
 * risk, riskiest first, the page is read off `ix_branch_period_figures_risk` in order the same way,
 * and the rows without a stored count off `ix_branch_period_figures_unchecked` (50,000 branches:
 * 118.3 → 8.9 ms). Else the one scan of the listed rows both counts them (a window) and orders them.
 */
export function queuePageSql(
  sort: ReviewQueueSort,
  descending: boolean,
  filter: Pick<QueueFilter, 'search' | 'wholeDistrict'>,
): string {
  const risk = sort === 'RISK';
  const order = orderOf(sort, descending);
  const countedOffIndex = filter.wholeDistrict === true && filter.search === null && (!risk || !descending);
  const listed = countedOffIndex
    ? `listed AS (
    SELECT (SELECT count(*)::int FROM assessment a WHERE ${LISTED_WHERE_WHOLE_DISTRICT}) AS total_count,
           ${risk ? UNCHECKED_OFF_INDEX : '0'} AS unchecked),`
    : '';
  // Riskiest first over the whole district: the page read off ix_branch_period_figures_risk in order.
  const from = risk && countedOffIndex ? `branch_period_figures rf ${ASSESSMENT_OF_FIGURES}` : 'assessment a';
  return `
  WITH ${listed}
  page AS (
    SELECT a.id, ${countedOffIndex ? 'listed.total_count, listed.unchecked' : windowCounts(risk)}
      FROM ${from} ${UNIT_JOIN} ${sort === 'SELF_TOTAL' ? SCORE_JOIN : ''} ${risk && !countedOffIndex ? FIGURES_JOIN : ''}
      ${countedOffIndex ? 'CROSS JOIN listed' : ''}
     WHERE ${LISTED_WHERE} ${risk && countedOffIndex ? 'AND rf.district_id = $1 AND rf.period_id = $2' : ''}
     ORDER BY ${order}
     LIMIT $6 OFFSET $7)
  SELECT ${QUEUE_COLUMNS}, page.total_count, page.unchecked
    FROM page
    JOIN assessment a ON a.district_id = $1 AND a.id = page.id ${QUEUE_JOINS} ${FIGURES_JOIN}
   ORDER BY ${order}`;
}

/** The assessment of a stored figures row (every row the queue lists has one). */
const ASSESSMENT_OF_FIGURES = `
    JOIN assessment a ON a.district_id = rf.district_id AND a.period_id = rf.period_id AND a.branch_id = rf.branch_id`;

/**
 * Over the whole district, how many listed rows not approved have no stored open flags, read off the
 * partial index `ix_branch_period_figures_unchecked` (only such rows, and a branch's row without an
 * assessment, are in it). Params: the filter's $1, $2, $4.
 */
const UNCHECKED_OFF_INDEX = `(
      SELECT count(*)::int FROM branch_period_figures rf ${ASSESSMENT_OF_FIGURES}
       WHERE rf.district_id = $1 AND rf.period_id = $2 AND rf.open_flags IS NULL
         AND a.status <> 'APPROVED' AND ($4::text IS NULL OR a.status::text = $4))`;

/** The page's counts from its one scan of the listed rows: a window over them all. */
function windowCounts(risk: boolean): string {
  const unchecked = risk
    ? `count(*) FILTER (WHERE a.status <> 'APPROVED' AND rf.open_flags IS NULL) OVER ()::int`
    : '0';
  return `count(*) OVER ()::int AS total_count, ${unchecked} AS unchecked`;
}

/** How many assessments the filter lists (a page past the end has no row to carry it). Params: the filter's five. */
export const QUEUE_COUNT_SQL = `
  SELECT count(*)::int AS total_count
    FROM assessment a ${UNIT_JOIN}
   WHERE ${LISTED_WHERE}`;

/** The queue rows of these assessments (a page in the risk order). Params: $1 district, $2 assessment ids. */
export const QUEUE_ROWS_SQL = `
  SELECT ${QUEUE_COLUMNS}
    FROM assessment a ${QUEUE_JOINS} ${FIGURES_JOIN}
   WHERE a.district_id = $1 AND a.id = ANY($2::uuid[])`;

export interface QueueRow {
  assessment_id: string;
  branch_id: string;
  code: string;
  name: string;
  sector: string | null;
  status: 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED';
  submitted_at: Date | null;
  on_time: boolean | null;
  self_total: number | null;
  completeness: number | null;
  grade: { code: string; name: { zh: string; en: string } } | null;
  open_flags: number | null;
  inflation: number | null;
  inflation_quarters: number;
  total_count?: number;
  unchecked?: number;
}
