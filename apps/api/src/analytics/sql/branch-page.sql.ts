import {
  rankCountRows,
  rankLookUp,
  reviewedTotal,
  storedOrLiveRankCounts,
} from '../figures/unit-rank-counts.sql';

/**
 * The committee's branch table, one page at a time, from the precomputed branch rows
 * (branch_period_figures, written by the scoreboard's branch statement: analytics/figures). Ranks
 * and the percentile's count are taken over every branch of the unit (THE competition rank, from the
 * unit's counts per total: rankCounts, branch-set.sql.ts, stored by the refresh), then filters,
 * sorting and the page apply,
 * so a page's ranks are the unit's. The previous rank is the competition rank among every previous
 * total of the unit (the rows of branches no longer listed included); the mapper only subtracts.
 *
 * Params: $1 district, $2 period id, $3 unit path, $4 unit path || '%', $5 search pattern ('%q%', on
 * the name, the code or the name's pinyin: PINYIN_MATCH; NULL: none), $6 grades (text[], 'NONE' = no grade; NULL: any), $7 statuses (text[], 'NONE' = no
 * assessment; NULL: any), $8 sectors (text[]; NULL: any), $9 child id (text; NULL: any), $10 limit,
 * $11 offset, $12 the framework's grade codes (best first; the grade sort), $13 sector order (text[]),
 * $14 rank only reviewed (boolean), $15 the unit's id (its stored rank counts).
 */
export const BRANCH_SORT_KEYS = [
  'rank',
  'total',
  'name',
  'code',
  'child',
  'sector',
  'grade',
  'status',
  'totalChange',
  'rankChange',
  'memberCount',
] as const;
export type BranchSortKey = (typeof BRANCH_SORT_KEYS)[number] | `path:${string}`;

/**
 * The search ($5, a contains pattern) on the name's stored pinyin, full or initials
 * (name-key.ts nameSearchKey): lower-case ASCII letters only, so only a search of letters alone
 * matches it, in either case. Read off the figures row, with no join to the units.
 */
export const PINYIN_MATCH = (alias: string) => `${alias}.name_pinyin LIKE lower($5)`;

const STATUS_ORDER = `ARRAY['DRAFT','SUBMITTED','RETURNED','APPROVED','NONE']`;

/** The sort value of a key (NULL sorts last in both directions); never user text in the SQL. */
function sortExpression(key: BranchSortKey, pathCodes: readonly string[]): string {
  if (key.startsWith('path:')) {
    const i = pathCodes.indexOf(key.slice(5));
    return i < 0 ? 'NULL::float8' : `r.path_percents[${i + 1}]`;
  }
  switch (key as (typeof BRANCH_SORT_KEYS)[number]) {
    case 'rank':
      // Rank ascending is the ranked total descending (tied totals share a rank), so the rank of every
      // branch need not be known to sort them.
      return '-r.rank_total';
    case 'total':
      return 'r.total';
    case 'name':
      return `coalesce(r.name_key, r.name) COLLATE "C"`;
    case 'code':
      return `r.code COLLATE "C"`;
    case 'child':
      return `coalesce(r.child_name_key, r.child_name) COLLATE "C"`;
    case 'sector':
      return 'r.sector_order';
    case 'grade':
      return 'r.grade_order';
    case 'status':
      return `array_position(${STATUS_ORDER}, coalesce(r.status, 'NONE'))`;
    case 'totalChange':
      return 'r.total - r.previous_total';
    case 'rankChange':
      return 'r.previous_rank - r.rank';
    case 'memberCount':
      return 'r.member_count';
  }
}

/**
 * How a page is read. `indexOrdered`: sorted by rank, total, name or change with no filter and every
 * reported total ranked, the table is the unit's listed branches in an order a partial index on
 * branch_period_figures WHERE listed holds ((total, code); (name key, total, code); (change, total,
 * code)), so only the rows up to the page are read.
 * `unfiltered`: any other sort with no filter, every listed branch of the unit sorted, its row count
 * the stored one. `filtered`: the rows the filters leave, counted as they are sorted.
 */
export type PageShape = 'indexOrdered' | 'unfiltered' | 'filtered';

/**
 * The sorts an index holds (rank and total: total then code; name: name key, total, code; change:
 * total less the previous total, total, code).
 */
const INDEX_ORDERS: readonly BranchSortKey[] = ['rank', 'total', 'name', 'totalChange'];

export function pageShape(
  sort: BranchSortKey,
  filters: { search: unknown; grades: unknown; statuses: unknown; sectors: unknown; childId: unknown },
  reviewedOnly: boolean,
): PageShape {
  const { search, grades, statuses, sectors, childId } = filters;
  if (![search, grades, statuses, sectors, childId].every((f) => f === null)) return 'filtered';
  return INDEX_ORDERS.includes(sort) && !reviewedOnly ? 'indexOrdered' : 'unfiltered';
}

/**
 * The unit's listed branches: the count the refresh stored with its rank counts, counted live only
 * for a unit without them (a scalar subquery in coalesce runs only when the first is NULL). Read in
 * the outer SELECT only: below a parallel sort PostgreSQL evaluates both before the workers start.
 */
const UNIT_LISTED = `coalesce(
    (SELECT k.listed FROM unit_period_rank_counts k
      WHERE k.district_id = $1 AND k.period_id = $2 AND k.unit_id = $15 AND k.basis = 'total'),
    (SELECT count(*)::int FROM branch_period_figures c
      WHERE c.district_id = $1 AND c.period_id = $2 AND c.path LIKE $4 AND c.listed))`;

/**
 * The page of the `indexOrdered` shape: LIMIT/OFFSET straight off the index in the table's order
 * (rank ascending is total descending, nulls last, then code; rank descending is total ascending,
 * nulls last, then code; by name or change, the name key or the change in either direction, then the
 * total best first, then code: the general order's ties), so only the rows up to the page are read,
 * and the row count is the unit's stored listed count (counted live only when not stored). The other
 * parameters are read only by the guard, which answers an empty page rather than a wrong one should
 * filters ever reach this shape.
 */
function indexOrderedPage(sort: BranchSortKey, descending: boolean): string {
  const bestFirst = (sort === 'rank') !== descending;
  const dir = descending ? 'DESC' : 'ASC';
  const ties = `f.total DESC NULLS LAST, f.code COLLATE "C"`;
  const order =
    sort === 'name'
      ? `coalesce(f.name_key, f.name) COLLATE "C" ${dir} NULLS LAST, ${ties}`
      : sort === 'totalChange'
        ? `f.total - f.previous_total ${dir} NULLS LAST, ${ties}`
        : `f.total ${bestFirst ? 'DESC' : 'ASC'} NULLS LAST, f.code COLLATE "C"`;
  return `
page AS (
  SELECT f.branch_id, f.code, f.name, f.name_key, f.sector, f.status, f.grade_code, f.total, f.previous_total, f.member_count,
         f.total AS rank_total, NULLIF(split_part(substr(f.path, length($3::text) + 1), '/', 1), '') AS child_key,
         array_position($12::text[], f.grade_code) AS grade_order, array_position($13::text[], f.sector) AS sector_order
    FROM branch_period_figures f
   WHERE f.district_id = $1 AND f.period_id = $2 AND f.path LIKE $4 AND f.listed
     AND $5::text IS NULL AND $6::text[] IS NULL AND $7::text[] IS NULL AND $8::text[] IS NULL
     AND $9::text IS NULL AND NOT $14::boolean
   ORDER BY ${order}
   LIMIT $10 OFFSET $11)`;
}

export function branchPageSql(
  pathCount: number,
  sort: BranchSortKey,
  descending: boolean,
  pathCodes: readonly string[],
  shape: PageShape = 'filtered',
) {
  const percents = Array.from({ length: pathCount }, (_, i) => `w.path_percents[${i + 1}] AS p${i + 1}`);
  const dir = descending ? 'DESC' : 'ASC';
  // The child's name is joined for every branch of the unit only when it is the sort; otherwise the
  // page is cut first (the join costs more than the rest on 5,000 rows). The branch's own name key is
  // on its figures row.
  const byName = sort === 'name';
  const byChild = sort === 'child';
  const byPath = sort.startsWith('path:');
  // Only the rank change sorts by ranks themselves; any other sort ranks the page's rows alone.
  const byRankChange = sort === 'rankChange';
  // The same order as by rank, for ties of the sort: the ranked total, best first.
  const order = `${sortExpression(sort, pathCodes)} ${dir} NULLS LAST, r.rank_total DESC NULLS LAST, r.code COLLATE "C"`;
  const childJoin = (r: string) =>
    `LEFT JOIN org_unit c ON c.district_id = $1 AND c.id::text = ${r}.child_key AND ${r}.child_key <> ${r}.branch_id::text`;
  // "Rank only reviewed" ($14): a submitted (provisional) branch keeps its total but no rank.
  const rankTotal = `CASE WHEN $14::boolean THEN ${reviewedTotal('f')} ELSE f.total END`;
  // Ranks come from the unit's counts per distinct total (rankCounts), stored with the unit's figures
  // by the refresh (unit_period_rank_counts), so a page reads the listed branches it filters and sorts
  // once and looks its rows' ranks up; counted live (over every row of the unit, listed or not, as the
  // stored ones are) only for a unit without stored counts. Counting them on every page was two-thirds
  // of a 5,000-branch page (about 30 ms → 10 ms), and a window rank before that sorted every branch
  // twice (0.35 s at 50,000). Only the columns the filters and sort read are carried through the sort;
  // the page's rows are joined back to their figures row (w) for the rest. The counts are MATERIALIZED:
  // a filter the planner thinks leaves one row made it recompute them for every row of the page.
  // Unfiltered, the row count is the unit's stored one; filtered, a window in `sortable`, below the
  // page's ORDER BY (over the page's own query the planner sorted every row for it, on disk at
  // 50,000, instead of keeping the top rows only), which holds every filtered row until counted.
  const generalPage = `
picked AS (
  SELECT f.branch_id, f.code, f.name, f.sector, f.status, f.grade_code, f.total, f.previous_total, f.member_count,
         ${byPath ? 'f.path_percents' : 'NULL::float8[] AS path_percents'},
         ${byName ? 'f.name_key' : 'NULL::text AS name_key'},
         ${rankTotal} AS rank_total,
         NULLIF(split_part(substr(f.path, length($3::text) + 1), '/', 1), '') AS child_key
    FROM branch_period_figures f
   WHERE f.district_id = $1 AND f.period_id = $2 AND f.path LIKE $4 AND f.listed
     AND ($5::text IS NULL OR f.name ILIKE $5 OR f.code ILIKE $5 OR ${PINYIN_MATCH('f')})
     AND ($6::text[] IS NULL OR coalesce(f.grade_code, 'NONE') = ANY($6))
     AND ($7::text[] IS NULL OR coalesce(f.status, 'NONE') = ANY($7))
     AND ($8::text[] IS NULL OR f.sector = ANY($8))),
sortable AS (
  SELECT r.*${byRankChange ? ', rr.rank, pr.rank AS previous_rank' : ''}, ${shape === 'filtered' ? 'count(*) OVER ()::int AS matching,' : ''}
         ${byChild ? 'c.name AS child_name, c.name_key AS child_name_key' : 'NULL::text AS child_name, NULL::text AS child_name_key'},
         array_position($12::text[], r.grade_code) AS grade_order, array_position($13::text[], r.sector) AS sector_order
    FROM picked r
    ${byRankChange ? `LEFT JOIN ${rankCountRows('rank_counts')} rr ON rr.t = r.rank_total LEFT JOIN ${rankCountRows('previous_counts')} pr ON pr.t = r.previous_total` : ''}
    ${byChild ? childJoin('r') : ''}
   WHERE $9::text IS NULL OR r.child_key = $9),
page AS (
  SELECT r.*
    FROM sortable r
   ORDER BY ${order}
   LIMIT $10 OFFSET $11)`;
  return `
WITH live_rows AS MATERIALIZED (
  SELECT ${rankTotal} AS rank_total, f.previous_total
    FROM branch_period_figures f
   WHERE f.district_id = $1 AND f.period_id = $2 AND f.path LIKE $4),
rank_counts AS MATERIALIZED (${storedOrLiveRankCounts(`CASE WHEN $14::boolean THEN 'reviewed' ELSE 'total' END`, 'live_rows', 'rank_total')}),
previous_counts AS MATERIALIZED (${storedOrLiveRankCounts(`'previous'`, 'live_rows', 'previous_total')}),${shape === 'indexOrdered' ? indexOrderedPage(sort, descending) : generalPage}
SELECT r.branch_id AS id, r.code, r.name, w.parent_id, r.child_key, r.sector, r.member_count, w.active,
       r.status, w.on_time, r.total, r.grade_code, w.veto,${percents.map((p) => `\n       ${p},`).join('')}
       ${rankLookUp('rank_counts', 'r.rank_total', 'ranks')} AS rank,
       ${rankLookUp('rank_counts', 'r.rank_total', 'at_or_above')} AS at_or_above,
       r.previous_total, ${rankLookUp('previous_counts', 'r.previous_total', 'ranks')} AS previous_rank,
       -- The ranked branches of the unit: the counts already hold them (the lowest total's at_or_above).
       (SELECT coalesce(at_or_above[1], 0) FROM rank_counts) AS assessed,
       ${shape === 'filtered' ? 'r.matching' : `${UNIT_LISTED} AS matching`}
  FROM page r
  JOIN branch_period_figures w ON w.district_id = $1 AND w.period_id = $2 AND w.branch_id = r.branch_id
 ORDER BY ${order}`;
}

/**
 * Server-side bins of the unit's official totals (the distribution chart): bins of `width` points
 * from 0, the last one closed at 100. Params: $1 district, $2 period id, $3 unit path || '%', $4 width.
 */
export const DISTRIBUTION_SQL = `
SELECT least(floor(f.total / $4)::int, ceil(100.0 / $4)::int - 1) AS bin, count(*)::int AS count
  FROM branch_period_figures f
 WHERE f.district_id = $1 AND f.period_id = $2 AND f.path LIKE $3 AND f.total IS NOT NULL
 GROUP BY 1
 ORDER BY 1`;
