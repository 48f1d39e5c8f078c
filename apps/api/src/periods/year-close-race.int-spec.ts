import { createUserFixture, seedOrgTree } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { seedDefaultFramework, seedPeriod, seedScores } from '../analytics/testing/analytics-fixtures';
import { Role } from '../auth/role.enum';
import { CLOSE_PERIOD } from '../assessments/testing/assessment-ops';
import { yearLockKey } from './period-lock';
import { holdLocks, waitForLockWaiters } from './testing/lock-holder';

/**
 * The year's last two quarters closed at the same instant (PostgreSQL only: PGlite has one session).
 * Both closes are made to start together by holding the year's lock from a second connection until
 * both wait on it; the year must end up frozen exactly once, with every branch's result. Run:
 * TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx nx run api:test-int-pg
 */
const onPostgres = process.env['TEST_DATABASE_URL'] ? describe : describe.skip;

onPostgres('closing the last two quarters of a year at once (PostgreSQL, forced interleaving)', () => {
  let t: TestApp;
  let frameworkId: string;
  beforeAll(async () => {
    t = await createTestApp();
    frameworkId = await seedDefaultFramework(t.dataSource);
  });
  afterAll(() => t?.close());

  it('freezes the year exactly once whichever close commits first', async () => {
    const tree = await seedOrgTree(t.dataSource, 'YR-');
    const [a1, a2] = tree.branches;
    const districtId = tree.district.id;
    const admin = t.signToken(
      (await createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: districtId })).user,
    );
    const periods: string[] = [];
    for (const q of [1, 2, 3, 4]) {
      const periodId = await seedPeriod(t.dataSource, districtId, `2026Q${q}`, frameworkId);
      periods.push(periodId);
      await seedScores(t.dataSource, { districtId, periodId, frameworkId }, [
        { branchId: a1.id, spec: { total: 80 + q } },
        { branchId: a2.id, spec: { total: 90 } },
      ]);
    }
    const close = (id: string) => t.gql(CLOSE_PERIOD, { id }, admin);
    for (const id of periods.slice(0, 2)) expect((await close(id)).errors).toBeUndefined();

    const holder = await holdLocks(t.dataSource, `SELECT pg_advisory_xact_lock(hashtext($1))`, [
      yearLockKey(districtId, 2026),
    ]);
    let closes: Promise<{ errors?: unknown }>[] = [];
    try {
      closes = periods.slice(2).map(close);
      // Both closes have started and wait on the year: neither has read the other's quarter yet.
      await waitForLockWaiters(t.dataSource, 2);
    } finally {
      await holder.release();
    }
    for (const r of await Promise.all(closes)) expect(r.errors).toBeUndefined();

    const [year] = await t.dataSource.query(
      `SELECT status, (SELECT count(*)::int FROM annual_result r WHERE r.district_id = y.district_id AND r.year = y.year) AS n
         FROM annual_year y WHERE district_id = $1 AND year = 2026`,
      [districtId],
    );
    expect(year).toEqual({ status: 'FROZEN', n: 2 });
    const [{ frozen }] = await t.dataSource.query(
      `SELECT count(*)::int AS frozen FROM audit_event WHERE district_id = $1 AND action IN ('ANNUAL_FROZEN', 'ANNUAL_RECOMPUTED')`,
      [districtId],
    );
    expect(frozen).toBe(1);
    // (81 + 82 + 83 + 84) ÷ 4 = 82.5.
    const [a1Year] = await t.dataSource.query(
      `SELECT total::float8 AS total FROM annual_result WHERE district_id = $1 AND year = 2026 AND branch_id = $2`,
      [districtId, a1.id],
    );
    expect(a1Year.total).toBe(82.5);
  });
});
