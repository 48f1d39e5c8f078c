import { createUserFixture, seedOrgTree, type OrgTreeFixture } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { useSuite } from '../../test/use-suite';
import { Role } from '../auth/role.enum';
import { seedDefaultFramework } from './testing/analytics-fixtures';

/**
 * What the analytics-*.int-spec.ts suites (trend, compare, peerStanding, completion) start from:
 * each starts its own app on its own database with the default framework, and every test seeds its
 * own district.
 */
export interface AnalyticsSuite {
  t: TestApp;
  frameworkId: string;
  /** Runs a GraphQL document with `token` and expects no errors. */
  ok<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T>;
  /** A fresh district (unique codes per prefix) with an ADMIN token. */
  district(prefix: string): Promise<{ tree: OrgTreeFixture; admin: string }>;
}

async function startAnalyticsSuite(): Promise<AnalyticsSuite> {
  const t = await createTestApp();
  try {
    const frameworkId = await seedDefaultFramework(t.dataSource);

    async function ok<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
      const r = await t.gql<T>(query, variables, token);
      expect(r.errors).toBeUndefined();
      return r.data!;
    }

    async function district(prefix: string) {
      const tree = await seedOrgTree(t.dataSource, prefix);
      const admin = await createUserFixture(t.dataSource, {
        role: Role.ADMIN,
        scopeUnitId: tree.district.id,
      });
      return { tree, admin: t.signToken(admin.user) };
    }

    return { t, frameworkId, ok, district };
  } catch (err) {
    await t.close();
    throw err;
  }
}

/** Starts the suite's app in beforeAll and closes it in afterAll; the fields are set once beforeAll has run. */
export function useAnalyticsSuite(): AnalyticsSuite {
  return useSuite(startAnalyticsSuite);
}
