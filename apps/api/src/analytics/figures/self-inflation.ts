import { INFLATION_QUARTERS, selfInflation } from '@pathboard/scoring';
import type { EntityManager } from 'typeorm';

/**
 * The self and official totals of every APPROVED assessment in the inflation window of each target
 * quarter (the quarter and the INFLATION_QUARTERS − 1 before it), one row per target quarter and
 * approved assessment: the inputs of libs/scoring selfInflation. Params: $1 district, $2 target
 * period ids, $3 branch ids (NULL: every branch).
 */
export const APPROVED_IN_WINDOW_SQL = `
  SELECT t.id AS period_id, a.branch_id, ss.total::float8 AS self, os.total::float8 AS official
    FROM period t
    JOIN period q ON q.district_id = t.district_id
     AND q.year * 4 + q.quarter BETWEEN t.year * 4 + t.quarter - ${INFLATION_QUARTERS - 1} AND t.year * 4 + t.quarter
    JOIN assessment a ON a.district_id = t.district_id AND a.period_id = q.id AND a.status = 'APPROVED'
     AND ($3::uuid[] IS NULL OR a.branch_id = ANY($3::uuid[]))
    JOIN assessment_score ss ON ss.district_id = a.district_id AND ss.assessment_id = a.id AND ss.kind = 'SELF'
    JOIN assessment_score os ON os.district_id = a.district_id AND os.assessment_id = a.id AND os.kind = 'OFFICIAL'
   WHERE t.district_id = $1 AND t.id = ANY($2::uuid[])`;

/** The quarters whose inflation window holds one of these: each of them and the ones after it. */
const AFFECTED_PERIODS_SQL = `
  SELECT DISTINCT t.id FROM period t
    JOIN period q ON q.district_id = t.district_id AND q.id = ANY($2::uuid[])
   WHERE t.district_id = $1
     AND t.year * 4 + t.quarter BETWEEN q.year * 4 + q.quarter AND q.year * 4 + q.quarter + ${INFLATION_QUARTERS - 1}`;

/**
 * Sets the stored inflation of every row of the targets (rows not given: none); the rows it changed
 * (a CTE: TypeORM answers a bare UPDATE … RETURNING with its row count beside the rows).
 */
const WRITE_SQL = `
  WITH updated AS (UPDATE branch_period_figures f
       SET self_inflation = x.inflation, inflation_quarters = coalesce(x.quarters, 0)
      FROM branch_period_figures k
      LEFT JOIN unnest($4::uuid[], $5::uuid[], $6::float8[], $7::int[]) AS x(period_id, branch_id, inflation, quarters)
        ON x.period_id = k.period_id AND x.branch_id = k.branch_id
     WHERE k.district_id = $1 AND k.period_id = ANY($2::uuid[]) AND ($3::uuid[] IS NULL OR k.branch_id = ANY($3::uuid[]))
       AND f.district_id = k.district_id AND f.period_id = k.period_id AND f.branch_id = k.branch_id
       AND (f.self_inflation IS DISTINCT FROM x.inflation OR f.inflation_quarters <> coalesce(x.quarters, 0))
    RETURNING f.period_id, f.branch_id)
  SELECT period_id, branch_id FROM updated`;

/** One quarter's computed inflation, as parallel arrays (branches without an approved quarter left out). */
export interface QuarterInflation {
  branchIds: string[];
  inflation: number[];
  quarters: number[];
}

/**
 * The self-assessment inflation (docs/metrics.md "Self-assessment inflation") of the branches in the
 * target quarters: libs/scoring selfInflation over the approved totals of each window. Branches with
 * no approved quarter in a window have no entry. `branchIds` null: every branch.
 */
export async function inflationOf(
  m: EntityManager,
  districtId: string,
  periodIds: string[],
  branchIds: string[] | null,
): Promise<Map<string, QuarterInflation>> {
  const out = new Map<string, QuarterInflation>(
    periodIds.map((id) => [id, { branchIds: [], inflation: [], quarters: [] }]),
  );
  if (periodIds.length === 0) return out;
  const approved: { period_id: string; branch_id: string; self: number; official: number }[] = await m.query(
    APPROVED_IN_WINDOW_SQL,
    [districtId, periodIds, branchIds],
  );
  const byRow = new Map<string, typeof approved>();
  for (const a of approved) {
    const key = `${a.period_id}/${a.branch_id}`;
    const pairs = byRow.get(key);
    if (pairs) pairs.push(a);
    else byRow.set(key, [a]);
  }
  for (const pairs of byRow.values()) {
    const quarter = out.get(pairs[0].period_id)!;
    quarter.branchIds.push(pairs[0].branch_id);
    quarter.inflation.push(selfInflation(pairs)!);
    quarter.quarters.push(pairs.length);
  }
  return out;
}

/**
 * The branch rows' stored inflation in the quarters whose window holds one of `periodIds` (each of
 * them and the INFLATION_QUARTERS − 1 after it): of the given branches after a write, of every
 * branch after a full refresh. The refresh writes the rows it inserts with their inflation
 * (`written`: those quarters are skipped here), so this rewrites only the later quarters' rows, and
 * only where the value moved: no second write of a row just inserted. Returns the branches whose row
 * it changed, by quarter.
 */
export async function writeSelfInflation(
  m: EntityManager,
  districtId: string,
  periodIds: string[],
  branchIds: string[] | null,
  written: ReadonlySet<string> = new Set(),
): Promise<Map<string, string[]>> {
  const changed = new Map<string, string[]>();
  if (periodIds.length === 0) return changed;
  const affected: { id: string }[] = await m.query(AFFECTED_PERIODS_SQL, [districtId, periodIds]);
  const targets = affected.map((r) => r.id).filter((id) => !written.has(id));
  if (targets.length === 0) return changed;
  const computed = await inflationOf(m, districtId, targets, branchIds);
  const rows = [...computed.entries()].flatMap(([periodId, q]) =>
    q.branchIds.map((branchId, i) => ({
      periodId,
      branchId,
      inflation: q.inflation[i],
      quarters: q.quarters[i],
    })),
  );
  const updated: { period_id: string; branch_id: string }[] = await m.query(WRITE_SQL, [
    districtId,
    targets,
    branchIds,
    rows.map((r) => r.periodId),
    rows.map((r) => r.branchId),
    rows.map((r) => r.inflation),
    rows.map((r) => r.quarters),
  ]);
  for (const { period_id, branch_id } of updated) {
    const ids = changed.get(period_id);
    if (ids) ids.push(branch_id);
    else changed.set(period_id, [branch_id]);
  }
  return changed;
}
