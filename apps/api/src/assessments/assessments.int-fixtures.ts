import { defaultFramework } from '@pathboard/frameworks';
import { seedOrgTree, signInPeople, type OrgTreeFixture } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { useSuite } from '../../test/use-suite';
import { Role } from '../auth/role.enum';
import { GET_ASSESSMENT, IMPORT_FRAMEWORK, OPEN_PERIOD } from './testing/assessment-ops';

/**
 * What the assessments-*.int-spec.ts suites start from: each starts its own app on its own database
 * through useAssessmentsSuite().
 */

export interface Assessment {
  id: string;
  status: string;
  periodStatus: string;
  version: number;
  onTime: boolean | null;
  submittedAt: string | null;
  values: { indicatorCode: string; selfValue: unknown; reviewedValue: unknown; evidence: string | null }[];
  selfScore: {
    total: number;
    gradeCode: string;
    completeness: number;
    paths: {
      code: string;
      points: number;
      percent: number;
      indicators: { code: string; points: number }[];
    }[];
  } | null;
  officialScore: {
    total: number;
    gradeCode: string;
    completeness: number;
    paths: { code: string; points: number; percent: number }[];
  } | null;
  gap: number | null;
  history: { fromStatus: string | null; toStatus: string; comment: string | null }[];
}
export type Tokens = Record<'admin' | 'reviewer' | 'reviewerB' | 'branch' | 'branch2' | 'viewer', string>;

export const FUTURE = '2099-01-10T16:00:00.000Z';

export interface AssessmentsSuite {
  t: TestApp;
  tree: OrgTreeFixture;
  frameworkId: string;
  tokens: Tokens;
  /** Fetch an assessment as `who`, failing loudly on errors. */
  load(who: keyof Tokens, branchId: string, period: string): Promise<Assessment>;
  /** Open a quarter of the imported framework as the admin. */
  openPeriod(code: string, deadline?: string): Promise<{ id: string; status: string }>;
}

/**
 * A fresh app on a fresh database: the fixture org tree, a user of each role (reviewer on street A,
 * reviewerB on street B, branch and branch2 on the first two branches, admin and viewer on the
 * district) and the default framework imported. No period is open yet.
 */
async function startAssessmentsSuite(): Promise<AssessmentsSuite> {
  const t = await createTestApp();
  try {
    const tree = await seedOrgTree(t.dataSource);
    const tokens: Tokens = await signInPeople(t, {
      admin: { role: Role.ADMIN, scopeUnitId: tree.district.id },
      reviewer: { role: Role.REVIEWER, scopeUnitId: tree.streets[0].id },
      reviewerB: { role: Role.REVIEWER, scopeUnitId: tree.streets[1].id },
      branch: { role: Role.BRANCH, scopeUnitId: tree.branches[0].id },
      branch2: { role: Role.BRANCH, scopeUnitId: tree.branches[1].id },
      viewer: { role: Role.VIEWER, scopeUnitId: tree.district.id },
    });
    const imported = await t.gql<{ importFramework: { id: string; version: number; locked: boolean } }>(
      IMPORT_FRAMEWORK,
      { d: defaultFramework },
      tokens.admin,
    );
    expect(imported.errors).toBeUndefined();
    const frameworkId = imported.data!.importFramework.id;

    async function load(who: keyof Tokens, branchId: string, period: string): Promise<Assessment> {
      const r = await t.gql<{ assessment: Assessment }>(GET_ASSESSMENT, { branchId, period }, tokens[who]);
      expect(r.errors).toBeUndefined();
      return r.data!.assessment;
    }

    async function openPeriod(code: string, deadline = FUTURE) {
      const r = await t.gql<{ openPeriod: { id: string; status: string } }>(
        OPEN_PERIOD,
        { code, frameworkId, deadline },
        tokens.admin,
      );
      expect(r.errors).toBeUndefined();
      return r.data!.openPeriod;
    }

    return { t, tree, frameworkId, tokens, load, openPeriod };
  } catch (err) {
    await t.close();
    throw err;
  }
}

/** Starts the suite's app in beforeAll and closes it in afterAll; the fields are set once beforeAll has run. */
export function useAssessmentsSuite(): AssessmentsSuite {
  return useSuite(startAssessmentsSuite);
}
