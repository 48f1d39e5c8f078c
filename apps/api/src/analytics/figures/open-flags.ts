import { checkBranchSet, type Framework } from '@pathboard/scoring';
import type { EntityManager } from 'typeorm';
import { toCheckedBranch } from '../../quality/checked-branch';
import { reportedPeersOf } from '../../quality/peer-groups';
import { listedReported, qualitySetSql, type QualitySetRow } from '../../quality/sql/quality-set.sql';

/**
 * The open flags of every reported assessment (docs/metrics.md "Open flags"), stored on its branch
 * row (`branch_period_figures.open_flags`) by the figures refresh, so the review queue orders a
 * quarter by risk in SQL instead of checking every submission of the district on each request
 * (8.8 s at 50,000 branches). The count is libs/scoring checkBranchSet's, over the rows the request's
 * checks read (qualitySetSql, checked-branch.ts): the same flags, counted ahead of time.
 *
 * Only reported assessments (SUBMITTED, APPROVED) are stored: a draft's or a returned assessment's
 * own values change on saves that skip the refresh (assessments' changesCommitteeFigures), so their
 * count would go stale; their rows keep NULL and the queue checks them live. A reported assessment's
 * flags read its own values, its previous quarter's reported values and its peer group's reported
 * values, and every write to those refreshes the quarter (and the one after it) of the branch that
 * changed: so after a write the refresh re-checks the changed branches' whole peer groups in those
 * quarters (a group is one parent's branches, about 200), and a full refresh re-checks the quarter.
 */

/**
 * Framework versions never change once stored, so their definitions are kept by id, as
 * FrameworksService.definition keeps them; the refresh and the migration run outside Nest's
 * container, where that service is out of reach.
 */
const frameworks = new Map<string, Framework>();

/** The framework of each quarter, by period id. */
async function frameworksOf(m: EntityManager, periodIds: string[]): Promise<Map<string, Framework>> {
  const periods: { id: string; framework_id: string }[] = await m.query(
    `SELECT id, framework_id FROM period WHERE id = ANY($1::uuid[])`,
    [periodIds],
  );
  const missing = [...new Set(periods.map((p) => p.framework_id))].filter((id) => !frameworks.has(id));
  if (missing.length > 0) {
    const rows: { id: string; definition: Framework }[] = await m.query(
      `SELECT id, definition FROM framework WHERE id = ANY($1::uuid[])`,
      [missing],
    );
    for (const row of rows) frameworks.set(row.id, row.definition);
  }
  return new Map(periods.map((p) => [p.id, frameworks.get(p.framework_id)!]));
}

/** Sets the stored count of the checked rows, where it moved. Params: $1 district, $2 period, $3 branch ids, $4 counts. */
const WRITE_SQL = `
  UPDATE branch_period_figures f
     SET open_flags = x.open_flags
    FROM unnest($3::uuid[], $4::int[]) AS x(branch_id, open_flags)
   WHERE f.district_id = $1 AND f.period_id = $2 AND f.branch_id = x.branch_id
     AND f.open_flags IS DISTINCT FROM x.open_flags`;

/**
 * Re-checks and stores the open flags of the reported assessments in these quarters: in the peer
 * groups of `branchIds` after a write, of the whole quarter (`null`) after a full refresh. Run by the
 * refresh after it has written the quarters' branch rows (a rewritten row starts with none).
 */
export async function writeOpenFlags(
  m: EntityManager,
  districtId: string,
  periodIds: string[],
  branchIds: string[] | null,
): Promise<void> {
  if (periodIds.length === 0) return;
  const framework = await frameworksOf(m, periodIds);
  for (const periodId of periodIds) {
    const listed = branchIds
      ? await reportedPeersOf(m, 'branches', districtId, periodId, branchIds)
      : listedReported();
    const rows: QualitySetRow[] = await m.query(qualitySetSql(listed, true, 'listed'), [
      districtId,
      periodId,
      ...listed.params,
    ]);
    const checked = rows.filter((r) => r.listed);
    if (checked.length === 0) continue;
    const ids = new Set(checked.map((r) => r.assessment_id));
    const flags = checkBranchSet(framework.get(periodId)!, rows.map(toCheckedBranch), (b) => ids.has(b.id));
    await m.query(WRITE_SQL, [
      districtId,
      periodId,
      checked.map((r) => r.branch_id),
      checked.map((r) => flags.get(r.assessment_id)?.length ?? 0),
    ]);
  }
}
