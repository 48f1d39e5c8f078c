import { defaultFramework } from '@pathboard/frameworks';
import { seedOrgTree, signInPeople, type OrgTreeFixture } from '../../../test/fixtures';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { GET_ASSESSMENT, IMPORT_FRAMEWORK, OPEN_PERIOD } from '../../assessments/testing/assessment-ops';
import { Role } from '../../auth/role.enum';

/** The people of the rectification suites: an admin, a reviewer of each street, three branches. */
export type RectificationWho = 'admin' | 'reviewer' | 'reviewerB' | 'branch' | 'branch2' | 'branchB1';

export interface RectificationFixture {
  t: TestApp;
  tree: OrgTreeFixture;
  tokens: Record<RectificationWho, string>;
  /** Branch A1's assessment of 2026Q2 (the default framework, open until 2099). */
  assessmentId: string;
  /** Runs a GraphQL document as one of the people and expects no errors. */
  ok<T>(query: string, variables: Record<string, unknown>, who: RectificationWho): Promise<T>;
}

/**
 * What the rectification-*.int-spec suites and evidence's rectification-evidence.int-spec start
 * from: a test app on the org tree, a user per role and scope (street 1's reviewer and branches A1,
 * A2; street 2's reviewer and branch B1), the default framework imported and 2026Q2 open, and branch
 * A1's assessment.
 */
export async function createRectificationFixture(
  env: Record<string, string> = {},
): Promise<RectificationFixture> {
  const t = await createTestApp({ env });
  const tree = await seedOrgTree(t.dataSource);
  const tokens: Record<RectificationWho, string> = await signInPeople(t, {
    admin: { role: Role.ADMIN, scopeUnitId: tree.district.id },
    reviewer: { role: Role.REVIEWER, scopeUnitId: tree.streets[0].id },
    reviewerB: { role: Role.REVIEWER, scopeUnitId: tree.streets[1].id },
    branch: { role: Role.BRANCH, scopeUnitId: tree.branches[0].id },
    branch2: { role: Role.BRANCH, scopeUnitId: tree.branches[1].id },
    branchB1: { role: Role.BRANCH, scopeUnitId: tree.branches[2].id },
  });
  async function ok<T>(query: string, variables: Record<string, unknown>, who: RectificationWho): Promise<T> {
    const r = await t.gql<T>(query, variables, tokens[who]);
    expect(r.errors).toBeUndefined();
    return r.data!;
  }
  const framework = await ok<{ importFramework: { id: string } }>(
    IMPORT_FRAMEWORK,
    { d: defaultFramework },
    'admin',
  );
  await ok(
    OPEN_PERIOD,
    { code: '2026Q2', frameworkId: framework.importFramework.id, deadline: '2099-01-10T16:00:00.000Z' },
    'admin',
  );
  const { assessment } = await ok<{ assessment: { id: string } }>(
    GET_ASSESSMENT,
    { branchId: tree.branches[0].id, period: '2026Q2' },
    'branch',
  );
  return { t, tree, tokens, assessmentId: assessment.id, ok };
}
