import { createUnitFixture, createUserFixture, seedOrgTree } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { Role } from '../auth/role.enum';
import { OrgUnitKind, Sector } from '../org-units/org-unit.enums';
import { refreshDistrictFigures } from './figures/figures-refresh';
import { seedDefaultFramework, seedPeriod, seedScores } from './testing/analytics-fixtures';
import { COMPLETION, SCOREBOARD, type Scoreboard } from './testing/analytics-ops';

const EXTEND = `mutation ($input: ExtendDeadlineInput!) { extendDeadline(input: $input) { branchId deadline } }`;
const ASSESSMENT = `query ($b: ID!, $p: String!) { assessment(branchId: $b, period: $p) { id onTime } }`;
const DAY = 86_400_000;

/**
 * On time follows deadline extensions (docs/metrics.md "On time"): the first submission is compared
 * with the branch's effective deadline, its 延期 when it has one, else the period's. Figures by hand.
 */
describe('on time with deadline extensions (GraphQL over HTTP)', () => {
  let t: TestApp;
  let frameworkId: string;

  beforeAll(async () => {
    t = await createTestApp();
    frameworkId = await seedDefaultFramework(t.dataSource);
  });
  afterAll(() => t?.close());

  it('counts a branch that first submitted after the period deadline but within its extension as on time', async () => {
    const tree = await seedOrgTree(t.dataSource, 'OT-');
    const admin = await createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: tree.district.id });
    const token = t.signToken(admin.user);
    const [b1, b2, b3, b4] = tree.branches;
    const extra = async (code: string) =>
      createUnitFixture(t.dataSource, {
        parent: tree.streets[1],
        kind: OrgUnitKind.BRANCH,
        code,
        sector: Sector.COMMUNITY,
        memberCount: 10,
      });
    const b5 = await extra('OT-B5');
    const b6 = await extra('OT-B6');
    const periodId = await seedPeriod(t.dataSource, tree.district.id, '2026Q4', frameworkId);
    const deadline = new Date('2027-01-10T15:59:59.000Z');
    await t.dataSource.query(`UPDATE period SET deadline = $2 WHERE id = $1`, [periodId, deadline]);
    const at = (days: number) => new Date(deadline.getTime() + days * DAY);
    // The stored on_time is the comparison with the period deadline, as the first submission made it.
    await seedScores(t.dataSource, { districtId: tree.district.id, periodId, frameworkId }, [
      { branchId: b1.id, spec: { total: 90, onTime: true, firstSubmittedAt: at(-1) } }, // before the deadline
      { branchId: b2.id, spec: { total: 85, onTime: false, firstSubmittedAt: at(2) } }, // within its extension
      { branchId: b3.id, spec: { total: 80, onTime: false, firstSubmittedAt: at(2) } }, // no extension: late
      { branchId: b4.id, spec: { total: 75, onTime: false, firstSubmittedAt: at(7) } }, // after its extension
      { branchId: b5.id, spec: { total: null, status: 'DRAFT' } }, // extended, not submitted yet
      // First within the extension, returned, resubmitted after it: the first submission decides.
      {
        branchId: b6.id,
        spec: { total: 70, status: 'SUBMITTED', onTime: false, firstSubmittedAt: at(2), submittedAt: at(9) },
      },
    ]);
    // The fixtures write the rows directly: store the district's figures as opening the period does
    // (the extensions below refresh their branches' rows and re-aggregate the units from the stored rows).
    await t.dataSource.transaction((m) => refreshDistrictFigures(m, tree.district.id));
    for (const b of [b2, b4, b5, b6]) {
      const r = await t.gql(
        EXTEND,
        { input: { period: '2026Q4', branchId: b.id, deadline: at(5).toISOString(), reason: '换届选举' } },
        token,
      );
      expect(r.errors).toBeUndefined();
    }
    // An extension must end after the quarter's deadline, which the refusal names as the district reads it.
    const early = await t.gql(
      EXTEND,
      { input: { period: '2026Q4', branchId: b3.id, deadline: at(-1).toISOString(), reason: '换届选举' } },
      token,
    );
    expect(early.errors?.[0].extensions?.['field']).toBe('deadline');
    expect(early.errors?.[0].message).toContain('2027-01-10 23:59 (Asia/Shanghai)');

    // By hand: expected 6; on time b1, b2, b6 = 3; late b3, b4 = 2; not submitted b5 = 1; rate 3 / 6.
    const want = { onTime: 3, late: 2, notSubmitted: 1, onTimeRate: 0.5 };
    const board = await t.gql<{ scoreboard: Scoreboard }>(
      SCOREBOARD,
      { unitId: tree.district.id, period: '2026Q4' },
      token,
    );
    expect(board.errors).toBeUndefined();
    expect(board.data!.scoreboard.figures.expected).toBe(6);
    expect(board.data!.scoreboard.figures.submission).toMatchObject(want);
    const onTimeById = new Map(board.data!.scoreboard.branches.map((b) => [b.id, b.onTime]));
    expect([b1, b2, b3, b4, b5, b6].map((b) => onTimeById.get(b.id))).toEqual([
      true,
      true,
      false,
      false,
      null,
      true,
    ]);
    const completion = await t.gql<{ completion: { submission: Record<string, number> } }>(
      COMPLETION,
      { unitId: tree.district.id, period: '2026Q4' },
      token,
    );
    expect(completion.errors).toBeUndefined();
    expect(completion.data!.completion.submission).toMatchObject(want);

    // The assessment itself says the same.
    const one = await t.gql<{ assessment: { onTime: boolean } }>(
      ASSESSMENT,
      { b: b2.id, p: '2026Q4' },
      token,
    );
    expect(one.errors).toBeUndefined();
    expect(one.data!.assessment.onTime).toBe(true);
  });
});
