import type { ValueMap } from '@pathboard/scoring';
import { createUnitFixture, createUserFixture, seedOrgTree } from '../../test/fixtures';
import type { TestApp } from '../../test/test-app';
import { seedPeriod, seedScores, type Status } from '../analytics/testing/analytics-fixtures';
import { refreshDistrictFigures } from '../analytics/figures/figures-refresh';
import { Role } from '../auth/role.enum';
import { OrgUnitKind, Sector } from '../org-units/org-unit.enums';

/**
 * Street A's five COMMUNITY branches in 2026Q4 (study hours 12, 10, 11, 13 and X's 40) and a street-B
 * branch: X is a peer outlier (M = 0.6745 × 28 = 18.89) and jumped from 12 in 2026Q3 (233.33%); A1
 * reported 8 of 8 meetings where 12 are due. X and P1 were approved before with SELF = OFFICIAL + 3.
 */
export async function seedQualityFixture(t: TestApp, frameworkId: string, prefix: string) {
  const tree = await seedOrgTree(t.dataSource, prefix);
  const [a, b] = tree.streets;
  const a1 = tree.branches[0];
  const branch = (parent: typeof a, code: string) =>
    createUnitFixture(t.dataSource, { parent, kind: OrgUnitKind.BRANCH, code, sector: Sector.COMMUNITY });
  const [p1, p2, p3, x] = [
    await branch(a, `${prefix}P1`),
    await branch(a, `${prefix}P2`),
    await branch(a, `${prefix}P3`),
    await branch(a, `${prefix}X`),
  ];
  const b3 = await branch(b, `${prefix}B3`);
  const d = tree.district.id;
  const periods: Record<string, string> = {};
  for (const code of ['2026Q2', '2026Q3', '2026Q4'])
    periods[code] = await seedPeriod(t.dataSource, d, code, frameworkId);
  const assess = async (
    period: string,
    unitId: string,
    status: Status,
    values: ValueMap,
    total: number | null = null,
  ) => {
    const ctx = { districtId: d, periodId: periods[period], frameworkId };
    await seedScores(t.dataSource, ctx, [{ branchId: unitId, spec: { status, total } }]);
    const [{ id }] = await t.dataSource.query(
      `SELECT id FROM assessment WHERE branch_id = $1 AND period_id = $2`,
      [unitId, periods[period]],
    );
    for (const [code, value] of Object.entries(values))
      await t.dataSource.query(
        `INSERT INTO indicator_value (assessment_id, indicator_code, district_id, self_value) VALUES ($1, $2, $3, $4::jsonb)`,
        [id, code, d, JSON.stringify(value)],
      );
  };
  await assess('2026Q2', x.id, 'APPROVED', { TRN_STUDY_HOURS: 12 }, 70);
  await assess('2026Q3', x.id, 'APPROVED', { TRN_STUDY_HOURS: 12 }, 72);
  await assess('2026Q3', p1.id, 'APPROVED', { TRN_STUDY_HOURS: 10 }, 80);
  await assess('2026Q4', a1.id, 'SUBMITTED', {
    ORG_MEETINGS: { numerator: 8, denominator: 8 },
    TRN_STUDY_HOURS: 12,
  });
  await assess('2026Q4', p1.id, 'APPROVED', {
    TRN_STUDY_HOURS: 10,
    SUP_PETITIONS_RESOLVED: { numerator: 1, denominator: 1 },
  });
  await assess('2026Q4', p2.id, 'APPROVED', { TRN_STUDY_HOURS: 11 });
  await assess('2026Q4', p3.id, 'APPROVED', { TRN_STUDY_HOURS: 13 });
  await assess('2026Q4', x.id, 'SUBMITTED', { TRN_STUDY_HOURS: 40 });
  await assess('2026Q4', b3.id, 'SUBMITTED', { TRN_STUDY_HOURS: 99 });
  // The precomputed figures (the stored inflation among them), as the writes' refresh leaves them.
  await t.dataSource.transaction((m) => refreshDistrictFigures(m, d, 'all'));
  const user = async (role: Role, scopeUnitId: string) =>
    t.signToken((await createUserFixture(t.dataSource, { role, scopeUnitId })).user);
  return {
    districtId: d,
    periods,
    streetA: a,
    x,
    a1,
    reviewerA: await user(Role.REVIEWER, a.id),
    reviewerB: await user(Role.REVIEWER, b.id),
    admin: await user(Role.ADMIN, d),
    branchX: await user(Role.BRANCH, x.id),
    branchA1: await user(Role.BRANCH, a1.id),
  };
}
