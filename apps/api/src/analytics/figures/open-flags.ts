import { checkAgainstSample, checkBranchSet, groupSamples, type Framework } from '@pathboard/scoring';
import type { EntityManager } from 'typeorm';
import { toCheckedBranch } from '../../quality/checked-branch';
import {
  listedByIds,
  listedInGroups,
  listedInPeriod,
  qualitySetSql,
  type QualitySetRow,
} from '../../quality/sql/quality-set.sql';
import { lockPeerSamples, refreshedGroups, sharePeerSample, writePeerSamples } from './peer-samples';

/**
 * The open flags of every assessment (docs/metrics.md "Open flags"), stored on its branch row
 * (`branch_period_figures.open_flags`), so the review queue orders a quarter by risk in SQL instead
 * of checking every assessment of the district on each request (8.8 s at 50,000 branches; 0.85 s at
 * 5,000 with drafts listed, when only reported ones were stored). The count is libs/scoring's, over
 * the rows the request's checks read (qualitySetSql, checked-branch.ts): the same flags, counted
 * ahead of time.
 *
 * An assessment's flags read its own values, its previous quarter's reported values and its peer
 * group's reported values (a draft or returned one is checked, never a peer). A write to a reported
 * assessment refreshes the quarter (and the one after it) of its branch: the refresh then re-checks
 * the changed branches' whole peer groups in those quarters, every status (a group is one parent's
 * branches, about 200), and stores each group's sample (peer-samples.ts); a full refresh re-checks
 * the quarter. A draft's or a returned assessment's own save skips the refresh (assessments'
 * changesCommitteeFigures: no one else's flags read its values), so that save re-checks the
 * assessment alone against its group's stored sample (writeOwnOpenFlags). The sample's row orders
 * the two (peer-samples.ts).
 */

/**
 * Framework versions never change once stored, so their definitions are kept by id, as
 * FrameworksService.definition keeps them; the refresh and the migration run outside Nest's
 * container, where that service is out of reach.
 */
const frameworks = new Map<string, Framework>();

/** A framework version's definition, by id (kept: see above). */
async function frameworkById(m: EntityManager, id: string): Promise<Framework> {
  let framework = frameworks.get(id);
  if (!framework) {
    const [row]: { definition: Framework }[] = await m.query(
      `SELECT definition FROM framework WHERE id = $1`,
      [id],
    );
    frameworks.set(id, (framework = row.definition));
  }
  return framework;
}

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
 * Re-checks and stores the open flags of every assessment in these quarters, and their groups'
 * samples: in the peer groups of `branchIds` after a write, of the whole quarter (`null`) after a
 * full refresh. Run by the refresh after it has written the quarters' branch rows (a rewritten row
 * starts with none); it locks the groups' sample rows first (lockPeerSamples), so it reads the
 * values of every draft save of those groups that got in before it. `samples: false`: the reported
 * assessments' counts only, as the migration older than the samples' table stored them.
 */
export async function writeOpenFlags(
  m: EntityManager,
  districtId: string,
  periodIds: string[],
  branchIds: string[] | null,
  options: { samples?: false } = {},
): Promise<void> {
  if (periodIds.length === 0) return;
  const framework = await frameworksOf(m, periodIds);
  // Without the samples (the first open-flags migration), the reported assessments only, as then.
  const members = options.samples === false ? 'reported' : 'every';
  for (const periodId of periodIds) {
    const ids = await refreshedGroups(m, districtId, periodId, branchIds);
    if (options.samples !== false) await lockPeerSamples(m, districtId, periodId, ids);
    const listed = branchIds ? listedInGroups(ids, members) : listedInPeriod(members);
    const rows: QualitySetRow[] = await m.query(qualitySetSql(listed, true, 'listed'), [
      districtId,
      periodId,
      ...listed.params,
    ]);
    const branches = rows.map(toCheckedBranch);
    const flags = checkBranchSet(framework.get(periodId)!, branches);
    await store(m, districtId, periodId, rows, (id) => flags.get(id)?.length ?? 0);
    if (options.samples !== false)
      await writePeerSamples(m, districtId, periodId, ids, groupSamples(framework.get(periodId)!, branches));
  }
}

/**
 * Re-checks the peer groups of rows the refresh changed outside the quarters it re-checked (the
 * later quarters whose stored inflation moved, self-inflation.ts), by quarter. Their counts do not
 * depend on the inflation; but a draft's save that found its row locked by this refresh left its
 * count to it (OWN_WRITE_SQL), so the refresh must re-check every row it holds, after such a save
 * commits: writeOpenFlags waits for it on the group's sample row.
 */
export async function writeOpenFlagsOfRows(
  m: EntityManager,
  districtId: string,
  branchIdsByPeriod: ReadonlyMap<string, string[]>,
): Promise<void> {
  for (const [periodId, branchIds] of branchIdsByPeriod)
    await writeOpenFlags(m, districtId, [periodId], branchIds);
}

/**
 * Re-checks and stores one draft or returned assessment's open flags after its own save, which
 * skips the refresh: against its group's stored sample (peer-samples.ts), or, where no refresh has
 * stored one yet, against the group's reported assessments found by index. In the save's
 * transaction, so the count commits with the values it was counted from.
 */
export async function writeOwnOpenFlags(
  m: EntityManager,
  assessment: { districtId: string; periodId: string; frameworkId: string; id: string },
): Promise<void> {
  const { districtId, periodId, id } = assessment;
  const own = await sharePeerSample(m, districtId, periodId, id);
  if (!own) return;
  const framework = await frameworkById(m, assessment.frameworkId);
  const listed = listedByIds([id]);
  const peers = own.sample ? 'listed' : listedInGroups([own.groupId], 'reported', 4);
  const rows: QualitySetRow[] = await m.query(qualitySetSql(listed, true, peers), [
    districtId,
    periodId,
    ...listed.params,
    ...(peers === 'listed' ? [] : peers.params),
  ]);
  const row = rows.find((r) => r.listed);
  if (!row) return;
  const flags = own.sample
    ? checkAgainstSample(framework, toCheckedBranch(row), own.sample)
    : checkBranchSet(framework, rows.map(toCheckedBranch), (b) => b.id === id).get(id)!;
  await m.query(OWN_WRITE_SQL, [districtId, periodId, row.branch_id, flags.length]);
}

/**
 * Stores a draft's count where it moved, unless another transaction holds the row: then a refresh
 * is rewriting it, and re-checks this group once this save commits (it waits for the group's
 * sample row; every row a refresh changes lies in a group it re-checks afterwards, even a row
 * whose inflation alone moved: writeOpenFlagsOfRows), so the save leaves the count to it rather
 * than wait for the whole refresh. The row is locked (SKIP LOCKED) only when the count moved.
 * Params: $1 district, $2 period, $3 branch, $4 count.
 */
const OWN_WRITE_SQL = `
  UPDATE branch_period_figures f SET open_flags = $4
   WHERE f.district_id = $1 AND f.period_id = $2 AND f.branch_id = $3 AND f.open_flags IS DISTINCT FROM $4
     AND EXISTS (
       SELECT 1 FROM branch_period_figures l
        WHERE l.district_id = $1 AND l.period_id = $2 AND l.branch_id = $3 AND l.open_flags IS DISTINCT FROM $4
          FOR UPDATE OF l SKIP LOCKED)`;

/** Stores the rows' counts where they moved. */
async function store(
  m: EntityManager,
  districtId: string,
  periodId: string,
  rows: QualitySetRow[],
  count: (assessmentId: string) => number,
): Promise<void> {
  if (rows.length === 0) return;
  await m.query(WRITE_SQL, [
    districtId,
    periodId,
    rows.map((r) => r.branch_id),
    rows.map((r) => count(r.assessment_id)),
  ]);
}
