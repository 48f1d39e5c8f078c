import {
  GROUPS_OF_ASSESSMENTS_SQL,
  GROUPS_OF_BRANCHES_SQL,
  listedInGroups,
  type Listed,
  type Members,
} from './sql/quality-set.sql';

/** Something that runs SQL: the DataSource of a request, the EntityManager of the figures refresh. */
interface Queryable {
  query(sql: string, params: unknown[]): Promise<unknown>;
}

const GROUPS_OF = { branches: GROUPS_OF_BRANCHES_SQL, assessments: GROUPS_OF_ASSESSMENTS_SQL } as const;

/**
 * The assessments (the reported ones, or every one) of the peer groups of these branches or
 * assessments in one quarter, in two steps: the groups' ids first, then the groups' rows by index
 * (listedInGroups), the ids passed as an array so the planner knows how few they are. A request
 * checks a few rows named by id against the groups' reported ones; the figures refresh re-checks
 * every one of the groups after a write. `at` is the parameter number the group ids take in the
 * statement that embeds the result (default $3).
 */
export async function peerGroupsOf(
  db: Queryable,
  of: keyof typeof GROUPS_OF,
  districtId: string,
  periodId: string,
  ids: string[],
  members: Members,
  at = 3,
): Promise<Listed> {
  const groups = (await db.query(GROUPS_OF[of], [districtId, periodId, ids])) as { parent_id: string }[];
  return listedInGroups(
    groups.map((g) => g.parent_id),
    members,
    at,
  );
}
