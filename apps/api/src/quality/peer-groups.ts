import {
  GROUPS_OF_ASSESSMENTS_SQL,
  GROUPS_OF_BRANCHES_SQL,
  listedReportedInGroups,
  type Listed,
} from './sql/quality-set.sql';

/** Something that runs SQL: the DataSource of a request, the EntityManager of the figures refresh. */
interface Queryable {
  query(sql: string, params: unknown[]): Promise<unknown>;
}

const GROUPS_OF = { branches: GROUPS_OF_BRANCHES_SQL, assessments: GROUPS_OF_ASSESSMENTS_SQL } as const;

/**
 * The reported assessments of the peer groups of these branches or assessments in one quarter, in
 * two steps: the groups' ids first, then the groups' rows by index (listedReportedInGroups), the ids
 * passed as an array so the planner knows how few they are. The figures refresh re-checks these
 * rows' open flags after a write; a request checks a few rows named by id against them. `at` is the
 * parameter number the group ids take in the statement that embeds the result (default $3).
 */
export async function reportedPeersOf(
  db: Queryable,
  of: keyof typeof GROUPS_OF,
  districtId: string,
  periodId: string,
  ids: string[],
  at = 3,
): Promise<Listed> {
  const groups = (await db.query(GROUPS_OF[of], [districtId, periodId, ids])) as { parent_id: string }[];
  return listedReportedInGroups(
    groups.map((g) => g.parent_id),
    at,
  );
}
