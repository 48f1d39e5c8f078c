import type { GroupSample } from '@pathboard/scoring';
import type { EntityManager } from 'typeorm';
import {
  GROUPS_OF_BRANCHES_SQL,
  GROUPS_OF_PERIOD_SQL,
  OWN_GROUP_SQL,
} from '../../quality/sql/quality-set.sql';

/**
 * Each peer group's sample per quarter (`peer_group_sample`): its reported assessments' values per
 * sector and indicator, sorted (libs/scoring groupSamples), stored by the figures refresh with the
 * open flags (open-flags.ts). A draft's or a returned assessment's save, which skips the refresh,
 * checks that one assessment against its group's row (libs/scoring checkAgainstSample) instead of
 * reading its about 200 peers' values again.
 *
 * The row is also the lock that orders the two writers of a draft's stored count. The refresh,
 * once it has rewritten its figures rows, locks its groups' rows FOR UPDATE before it reads any value
 * for the checks; a draft's save locks its group's row FOR SHARE before it reads the sample and its
 * values. So a refresh that read a draft's old values has committed before that draft's save reads
 * the new sample (the save then stores its own count last), and a save that read the old sample has
 * committed before the refresh reads the draft's values (the refresh then stores the count of the
 * new values against the new sample). A save whose figures row the refresh has already rewritten
 * (and holds) leaves its count to that refresh instead of waiting for it (open-flags.ts), so a save
 * waits only for a refresh's re-check of its group, never for the whole refresh. That holds because
 * the refresh re-checks the group of every row it changes, after changing it: a later quarter's row
 * whose inflation alone moved too (writeOpenFlagsOfRows). Saves of one group share the lock.
 */

/** group id (parent id) → sector ('' for none) → sample, as the refresh stores it. */
export type StoredSamples = Record<string, GroupSample>;

/**
 * Locks (FOR UPDATE) the sample rows of the peer groups a refresh re-checks in a quarter (refreshedGroups),
 * creating the missing ones. Called by the refresh's re-check (open-flags.ts) before it reads any value.
 */
export async function lockPeerSamples(
  m: EntityManager,
  districtId: string,
  periodId: string,
  groupIds: string[],
): Promise<void> {
  await insertMissing(m, districtId, periodId, groupIds);
  // In one order, so two refreshes (the district lock orders them anyway) could never deadlock.
  await m.query(
    `SELECT group_id FROM peer_group_sample
      WHERE district_id = $1 AND period_id = $2 AND group_id = ANY($3::uuid[])
      ORDER BY group_id FOR UPDATE`,
    [districtId, periodId, groupIds],
  );
}

/** The peer groups a refresh re-checks in a quarter: those of `branchIds`, or every one (null). */
export async function refreshedGroups(
  m: EntityManager,
  districtId: string,
  periodId: string,
  branchIds: string[] | null,
): Promise<string[]> {
  const rows: { parent_id: string }[] = branchIds
    ? await m.query(GROUPS_OF_BRANCHES_SQL, [districtId, periodId, branchIds])
    : await m.query(GROUPS_OF_PERIOD_SQL, [districtId, periodId]);
  return rows.map((r) => r.parent_id).sort();
}

/** A draft's group and its sector's stored sample (null: none stored yet), as its save reads them. */
export interface OwnSample {
  groupId: string;
  sample: GroupSample | null;
}

/**
 * The group of assessment $3 and its sector's sample, the group's row locked FOR SHARE until the save
 * commits. One statement, only the sector's part of the row sent. No row: the group has none yet.
 */
export const OWN_SAMPLE_SQL = `
  WITH own AS (${OWN_GROUP_SQL})
  SELECT own.group_id,
         CASE WHEN s.samples IS NOT NULL THEN coalesce(s.samples -> own.sector, '{}') END AS sample
    FROM own
    JOIN peer_group_sample s ON s.district_id = $1 AND s.period_id = $2 AND s.group_id = own.group_id
     FOR SHARE OF s`;

/**
 * A draft's group and its sector's stored sample for its save, the group's row locked FOR SHARE
 * (created first if missing). Null sample: no refresh has stored the group's samples yet (the save
 * then reads the peers' values); a group with samples but none for the sector gives an empty one.
 */
export async function sharePeerSample(
  m: EntityManager,
  districtId: string,
  periodId: string,
  assessmentId: string,
): Promise<OwnSample | null> {
  const params = [districtId, periodId, assessmentId];
  let [row]: OwnRow[] = await m.query(OWN_SAMPLE_SQL, params);
  if (!row) {
    const [group]: { group_id: string }[] = await m.query(OWN_GROUP_SQL, params);
    if (!group) return null;
    await insertMissing(m, districtId, periodId, [group.group_id]);
    [row] = await m.query(OWN_SAMPLE_SQL, params);
  }
  return { groupId: row.group_id, sample: row.sample };
}

interface OwnRow {
  group_id: string;
  sample: GroupSample | null;
}

/** Stores the groups' samples (a locked group with no sample stores an empty one). */
export async function writePeerSamples(
  m: EntityManager,
  districtId: string,
  periodId: string,
  groupIds: string[],
  samples: Map<string, StoredSamples>,
): Promise<void> {
  if (groupIds.length === 0) return;
  const byGroup = Object.fromEntries(groupIds.map((id) => [id, samples.get(id) ?? {}]));
  await m.query(
    `UPDATE peer_group_sample s SET samples = x.samples
       FROM jsonb_each($3::jsonb) AS x(group_id, samples)
      WHERE s.district_id = $1 AND s.period_id = $2 AND s.group_id = x.group_id::uuid
        AND s.samples IS DISTINCT FROM x.samples`,
    [districtId, periodId, JSON.stringify(byGroup)],
  );
}

/**
 * Before a branch moves to another parent (another peer group): its open quarters' assessments
 * locked until the move commits. A draft's save locks its assessment before its group's sample, so
 * a save in flight finishes first (and the move's full refresh re-checks the saved values), and a
 * later save finds its new group; otherwise a save that found the old group could store a count
 * against it, or lose its count to the refresh's rewrite of the row.
 */
export async function lockRegroupedAssessments(
  m: EntityManager,
  districtId: string,
  branchId: string,
): Promise<void> {
  await m.query(
    `SELECT a.id FROM assessment a
       JOIN period p ON p.district_id = a.district_id AND p.id = a.period_id AND p.status = 'OPEN'
      WHERE a.district_id = $1 AND a.branch_id = $2
      ORDER BY a.id FOR NO KEY UPDATE OF a`,
    [districtId, branchId],
  );
}

/** Creates the groups' rows that are missing, with no sample (NULL) yet. */
async function insertMissing(
  m: EntityManager,
  districtId: string,
  periodId: string,
  groupIds: string[],
): Promise<void> {
  await m.query(
    `INSERT INTO peer_group_sample (district_id, period_id, group_id)
     SELECT $1, $2, g FROM unnest($3::uuid[]) AS g
     ON CONFLICT DO NOTHING`,
    [districtId, periodId, groupIds],
  );
}
