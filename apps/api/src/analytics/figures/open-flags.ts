import { checkBranchSet, type Framework } from '@pathboard/scoring';
import type { EntityManager } from 'typeorm';
import { toCheckedBranch } from '../../quality/checked-branch';
import { peerGroupsOf } from '../../quality/peer-groups';
import {
  type Listed,
  listedByIds,
  listedInPeriod,
  qualitySetSql,
  type QualitySetRow,
} from '../../quality/sql/quality-set.sql';

/**
 * The open flags of every assessment (docs/metrics.md "Open flags"), stored on its branch row
 * (`branch_period_figures.open_flags`) by the figures refresh, so the review queue orders a quarter
 * by risk in SQL instead of checking every assessment of the district on each request (8.8 s at
 * 50,000 branches; 0.85 s at 5,000 with drafts listed, when only reported ones were stored). The
 * count is libs/scoring checkBranchSet's, over the rows the request's checks read (qualitySetSql,
 * checked-branch.ts): the same flags, counted ahead of time.
 *
 * An assessment's flags read its own values, its previous quarter's reported values and its peer
 * group's reported values (a draft or returned one is checked, never a peer). A write to a reported
 * assessment refreshes the quarter (and the one after it) of its branch: the refresh then re-checks
 * the changed branches' whole peer groups in those quarters, every status (a group is one parent's
 * branches, about 200), and a full refresh re-checks the quarter. A draft's or a returned
 * assessment's own save skips the refresh (assessments' changesCommitteeFigures: nothing else reads
 * its values), so that save re-checks the assessment alone, in its own transaction
 * (writeOwnOpenFlags). Both take the district's open-flags lock first, so a refresh that read a
 * draft's values before its save committed cannot store its count after that save stored the new one.
 */

/** Serializes the writers of a district's open flags until their transactions end (see above). */
async function lockOpenFlags(m: EntityManager, districtId: string): Promise<void> {
  await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`open-flags:${districtId}`]);
}

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
 * Re-checks and stores the open flags of every assessment in these quarters: in the peer groups of
 * `branchIds` after a write, of the whole quarter (`null`) after a full refresh. Run by the refresh
 * after it has written the quarters' branch rows (a rewritten row starts with none).
 */
export async function writeOpenFlags(
  m: EntityManager,
  districtId: string,
  periodIds: string[],
  branchIds: string[] | null,
): Promise<void> {
  if (periodIds.length === 0) return;
  await lockOpenFlags(m, districtId);
  const framework = await frameworksOf(m, periodIds);
  for (const periodId of periodIds) {
    const listed = branchIds
      ? await peerGroupsOf(m, 'branches', districtId, periodId, branchIds, 'every')
      : listedInPeriod('every');
    await checkAndStore(m, districtId, periodId, framework.get(periodId)!, listed, 'listed');
  }
}

/**
 * Re-checks and stores one draft or returned assessment's open flags after its own save, which
 * skips the refresh: against its peer group's reported assessments, found by index. In the save's
 * transaction, so the count commits with the values it was counted from.
 */
export async function writeOwnOpenFlags(
  m: EntityManager,
  assessment: { districtId: string; periodId: string; id: string },
): Promise<void> {
  const { districtId, periodId, id } = assessment;
  await lockOpenFlags(m, districtId);
  const framework = await frameworksOf(m, [periodId]);
  const listed = listedByIds([id]);
  const peers = await peerGroupsOf(m, 'assessments', districtId, periodId, [id], 'reported', 4);
  await checkAndStore(m, districtId, periodId, framework.get(periodId)!, listed, peers);
}

/** Checks the listed assessments (with their peers) and stores each one's count where it moved. */
async function checkAndStore(
  m: EntityManager,
  districtId: string,
  periodId: string,
  framework: Framework,
  listed: Listed,
  peers: 'listed' | Listed,
): Promise<void> {
  const rows: QualitySetRow[] = await m.query(qualitySetSql(listed, true, peers), [
    districtId,
    periodId,
    ...listed.params,
    ...(peers === 'listed' ? [] : peers.params),
  ]);
  const checked = rows.filter((r) => r.listed);
  if (checked.length === 0) return;
  const ids = new Set(checked.map((r) => r.assessment_id));
  const flags = checkBranchSet(framework, rows.map(toCheckedBranch), (b) => ids.has(b.id));
  await m.query(WRITE_SQL, [
    districtId,
    periodId,
    checked.map((r) => r.branch_id),
    checked.map((r) => flags.get(r.assessment_id)?.length ?? 0),
  ]);
}
