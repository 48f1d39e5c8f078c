import { GROUPS_OF_ASSESSMENTS_SQL, listedInGroups, type Listed } from './sql/quality-set.sql';

/** Something that runs SQL: the DataSource of a request. */
interface Queryable {
  query(sql: string, params: unknown[]): Promise<unknown>;
}

/**
 * The reported assessments of the peer groups of these assessments in one quarter, in two steps:
 * the groups' ids first, then the groups' rows by index (listedInGroups), the ids passed as an array
 * so the planner knows how few they are. A request checks a few rows named by id against them; the
 * figures refresh finds its groups the same way (peer-samples.ts refreshedGroups). `at` is the
 * parameter number the group ids take in the statement that embeds the result.
 */
export async function peerGroupsOf(
  db: Queryable,
  districtId: string,
  periodId: string,
  assessmentIds: string[],
  at: number,
): Promise<Listed> {
  const groups = (await db.query(GROUPS_OF_ASSESSMENTS_SQL, [districtId, periodId, assessmentIds])) as {
    parent_id: string;
  }[];
  return listedInGroups(
    groups.map((g) => g.parent_id),
    'reported',
    at,
  );
}
