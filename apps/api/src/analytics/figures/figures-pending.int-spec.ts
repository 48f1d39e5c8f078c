import { defaultFramework } from '@pathboard/frameworks';
import { createUserFixture, seedOrgTree } from '../../../test/fixtures';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { Role } from '../../auth/role.enum';
import type { OrgUnitEntity } from '../../org-units/org-unit.entity';
import {
  asInputs,
  COMMUNITY_VALUES,
  GET_ASSESSMENT,
  IMPORT_FRAMEWORK,
  OPEN_PERIOD,
  REVIEW,
  SAVE,
  SUBMIT,
} from '../../assessments/testing/assessment-ops';
import { FiguresPendingSweeper } from './figures-pending-sweeper.service';
import { refreshDistrictFigures } from './figures-refresh';

const PERIOD = '2026Q2';

/**
 * The refresh an assessment write owes (figures_pending): marked in the write's transaction, cleared
 * by the refresh that covers it, and done by the sweep when the refresh after the commit never
 * happened. The failure is a real one: a trigger refuses the figures' rows of this district, so the
 * write commits and its refresh rolls back, as when the process dies in between.
 */
describe('figures owed after an assessment write (figures_pending)', () => {
  let t: TestApp;
  let district: OrgUnitEntity;
  let branch: OrgUnitEntity;
  let periodId: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const tree = await seedOrgTree(t.dataSource, 'FP-');
    district = tree.district;
    branch = tree.branches[0];
    for (const [name, role, scope] of [
      ['admin', Role.ADMIN, district.id],
      ['reviewer', Role.REVIEWER, district.id],
      ['branch', Role.BRANCH, branch.id],
    ] as const)
      tokens[name] = t.signToken((await createUserFixture(t.dataSource, { role, scopeUnitId: scope })).user);
    const { importFramework } = await ok<{ importFramework: { id: string } }>(
      IMPORT_FRAMEWORK,
      { d: defaultFramework },
      'admin',
    );
    periodId = (
      await ok<{ openPeriod: { id: string } }>(
        OPEN_PERIOD,
        { code: PERIOD, frameworkId: importFramework.id, deadline: '2099-01-10T16:00:00.000Z' },
        'admin',
      )
    ).openPeriod.id;
  }, 240_000);
  afterAll(async () => {
    await t?.dataSource.query(`DROP TRIGGER IF EXISTS fp_refuse_figures ON branch_period_figures`);
    await t?.dataSource.query(`DROP FUNCTION IF EXISTS fp_refuse_figures()`);
    await t?.close();
  });

  async function ok<T>(query: string, variables: Record<string, unknown>, who: string): Promise<T> {
    const r = await t.gql<T>(query, variables, tokens[who]);
    expect(r.errors).toBeUndefined();
    return r.data!;
  }
  const assessment = async () =>
    (
      await ok<{ assessment: { id: string; version: number } }>(
        GET_ASSESSMENT,
        { branchId: branch.id, period: PERIOD },
        'branch',
      )
    ).assessment;
  const marks = async () =>
    (await t.dataSource.query(`SELECT period_id, branch_id FROM figures_pending WHERE district_id = $1`, [
      district.id,
    ])) as { period_id: string; branch_id: string }[];
  const storedStatus = async () =>
    (
      await t.dataSource.query(
        `SELECT status FROM branch_period_figures WHERE district_id = $1 AND period_id = $2 AND branch_id = $3`,
        [district.id, periodId, branch.id],
      )
    )[0]?.status as string | null | undefined;
  /** Every stored figure row of the district, as the full refresh (the definition) leaves them too. */
  const stored = async () => ({
    branches: await t.dataSource.query(
      `SELECT period_id, branch_id, status, total, on_time, self_inflation FROM branch_period_figures
        WHERE district_id = $1 ORDER BY period_id, branch_id`,
      [district.id],
    ),
    units: await t.dataSource.query(
      `SELECT period_id, unit_id, grp, figures FROM unit_period_figures WHERE district_id = $1 ORDER BY 1, 2, 3`,
      [district.id],
    ),
  });

  it('a save that moves nothing the committees read owes nothing; a submit is marked and its refresh clears the mark', async () => {
    const a = await assessment();
    await ok(SAVE, { id: a.id, v: a.version, values: asInputs(COMMUNITY_VALUES) }, 'branch');
    expect(await marks()).toEqual([]);
    const b = await assessment();
    await ok(SUBMIT, { id: b.id, v: b.version }, 'branch');
    expect(await marks()).toEqual([]);
    expect(await storedStatus()).toBe('SUBMITTED');
  });

  it('a write that is refused (a stale version) leaves no mark', async () => {
    const a = await assessment();
    const r = await t.gql(REVIEW, { id: a.id, v: a.version - 1, d: 'APPROVE', c: null }, tokens['reviewer']);
    expect(r.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await marks()).toEqual([]);
  });

  it('a write whose refresh did not happen stays marked, with stale figures, until the sweep refreshes it', async () => {
    await t.dataSource.query(`
      CREATE FUNCTION fp_refuse_figures() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.district_id = '${district.id}' THEN RAISE EXCEPTION 'refused for the test'; END IF;
        RETURN NEW;
      END $$`);
    await t.dataSource.query(
      `CREATE TRIGGER fp_refuse_figures BEFORE INSERT ON branch_period_figures
         FOR EACH ROW EXECUTE FUNCTION fp_refuse_figures()`,
    );
    const a = await assessment();
    // The write itself commits and answers; only its refresh failed.
    await ok(REVIEW, { id: a.id, v: a.version, d: 'APPROVE', c: null }, 'reviewer');
    expect(await marks()).toEqual([{ period_id: periodId, branch_id: branch.id }]);
    expect(await storedStatus()).toBe('SUBMITTED'); // stale: the assessment is APPROVED

    await t.dataSource.query(`DROP TRIGGER fp_refuse_figures ON branch_period_figures`);
    const sweeper = t.app.get(FiguresPendingSweeper);
    expect(await sweeper.sweep(0)).toBe(1);
    expect(await marks()).toEqual([]);
    expect(await storedStatus()).toBe('APPROVED');
    // The swept figures are the full refresh's, the one definition.
    const swept = await stored();
    await t.dataSource.transaction((m) => refreshDistrictFigures(m, district.id, 'all'));
    expect(await stored()).toEqual(swept);
    expect(await sweeper.sweep(0)).toBe(0);
  });

  it('the sweep drops a mark whose branch is gone and leaves a young mark to its own refresh', async () => {
    await t.dataSource.query(
      `INSERT INTO figures_pending (district_id, period_id, branch_id) VALUES ($1, $2, gen_random_uuid()), ($1, $2, $3)`,
      [district.id, periodId, branch.id],
    );
    const sweeper = t.app.get(FiguresPendingSweeper);
    expect(await sweeper.sweep(3600)).toBe(0); // the branch's mark is younger than an hour
    expect(await marks()).toEqual([{ period_id: periodId, branch_id: branch.id }]);
    expect(await sweeper.sweep(0)).toBe(1);
    expect(await marks()).toEqual([]);
  });
});
