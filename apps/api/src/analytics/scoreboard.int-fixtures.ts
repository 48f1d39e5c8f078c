import { createUnitFixture, createUserFixture, seedOrgTree, type OrgTreeFixture } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { useSuite } from '../../test/use-suite';
import { Role } from '../auth/role.enum';
import type { OrgUnitEntity } from '../org-units/org-unit.entity';
import { OrgUnitKind, Sector } from '../org-units/org-unit.enums';
import { seedDefaultFramework } from './testing/analytics-fixtures';
import { SCOREBOARD, type Scoreboard } from './testing/analytics-ops';

/**
 * What the scoreboard-*.int-spec.ts suites start from: each starts its own app on its own database
 * with the default framework, and every test seeds its own district.
 */
export interface ScoreboardSuite {
  t: TestApp;
  frameworkId: string;
  /** A fresh district (unique codes per prefix) with an ADMIN token. */
  district(prefix: string): Promise<{ tree: OrgTreeFixture; token: string }>;
  branch(
    parent: OrgUnitEntity,
    code: string,
    extra?: { memberCount?: number; active?: boolean; sector?: Sector },
  ): Promise<OrgUnitEntity>;
  scoreboard(token: string, unitId: string, period: string): Promise<Scoreboard>;
}

async function startScoreboardSuite(): Promise<ScoreboardSuite> {
  const t = await createTestApp();
  try {
    const frameworkId = await seedDefaultFramework(t.dataSource);

    async function district(prefix: string) {
      const tree = await seedOrgTree(t.dataSource, prefix);
      const admin = await createUserFixture(t.dataSource, {
        role: Role.ADMIN,
        scopeUnitId: tree.district.id,
      });
      return { tree, token: t.signToken(admin.user) };
    }

    async function branch(
      parent: OrgUnitEntity,
      code: string,
      extra: { memberCount?: number; active?: boolean; sector?: Sector } = {},
    ) {
      return createUnitFixture(t.dataSource, {
        parent,
        kind: OrgUnitKind.BRANCH,
        code,
        sector: extra.sector ?? Sector.COMMUNITY,
        memberCount: extra.memberCount ?? 10,
        active: extra.active,
      });
    }

    async function scoreboard(token: string, unitId: string, period: string): Promise<Scoreboard> {
      const r = await t.gql<{ scoreboard: Scoreboard }>(SCOREBOARD, { unitId, period }, token);
      expect(r.errors).toBeUndefined();
      return r.data!.scoreboard;
    }

    return { t, frameworkId, district, branch, scoreboard };
  } catch (err) {
    await t.close();
    throw err;
  }
}

/** Starts the suite's app in beforeAll and closes it in afterAll; the fields are set once beforeAll has run. */
export function useScoreboardSuite(): ScoreboardSuite {
  return useSuite(startScoreboardSuite);
}

export const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
