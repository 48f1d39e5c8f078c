import { defaultFramework } from '@pathboard/frameworks';
import type { Framework } from '@pathboard/scoring';
import { createUserFixture, seedOrgTree } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { seedPeriod, seedScores } from '../analytics/testing/analytics-fixtures';
import { CLOSE_PERIOD } from '../assessments/testing/assessment-ops';
import { Role } from '../auth/role.enum';
import { holdLocks, waitForLockWaiters } from '../periods/testing/lock-holder';
import { importDefaultFramework } from '../reports/testing/suite-data';

const FRAMEWORK: Framework = {
  ...defaultFramework,
  code: 'AVR-MEAN',
  version: 1,
  annual: {
    combine: { method: 'mean' },
    indicators: [
      {
        code: 'ANNUAL_COMMENDATION',
        name: { zh: '年度表彰', en: 'commendations' },
        rule: { type: 'bonus', points: 2, cap: 6 },
      },
    ],
  },
};
const REVIEW = `mutation ($i: ReviewAnnualValuesInput!) { reviewAnnualValues(input: $i) { year } }`;

/**
 * An annual value written while the year's last quarter closes (PostgreSQL only: PGlite has one
 * session), the interleaving forced by locks held from a second connection: a write that found the
 * year open is in the frozen results; one that arrives during the close is refused YEAR_CLOSED.
 * Run: TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx nx run api:test-int-pg
 */
const onPostgres = process.env['TEST_DATABASE_URL'] ? describe : describe.skip;

onPostgres('annual values against the closing of the year (PostgreSQL, forced interleavings)', () => {
  let t: TestApp;
  let frameworkId: string;
  let seq = 0;
  beforeAll(async () => {
    t = await createTestApp();
    frameworkId = await importDefaultFramework(t, FRAMEWORK);
  });
  afterAll(() => t?.close());

  /** A district whose 2026 has Q1–Q3 closed and Q4 open; one branch at 90 each quarter, one reviewed commendation. */
  async function world() {
    const tree = await seedOrgTree(t.dataSource, `AVR${++seq}-`);
    const [a1] = tree.branches;
    const districtId = tree.district.id;
    const admin = t.signToken(
      (await createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: districtId })).user,
    );
    const periods: string[] = [];
    for (const q of [1, 2, 3, 4]) {
      const periodId = await seedPeriod(t.dataSource, districtId, `2026Q${q}`, frameworkId);
      periods.push(periodId);
      await seedScores(t.dataSource, { districtId, periodId, frameworkId }, [
        { branchId: a1.id, spec: { total: 90 } },
      ]);
    }
    const review = (value: number) =>
      t.gql(
        REVIEW,
        { i: { branchId: a1.id, year: 2026, values: [{ indicatorCode: 'ANNUAL_COMMENDATION', value }] } },
        admin,
      );
    expect((await review(1)).errors).toBeUndefined();
    for (const id of periods.slice(0, 3))
      expect((await t.gql(CLOSE_PERIOD, { id }, admin)).errors).toBeUndefined();
    const frozenTotal = async () => {
      const [row] = await t.dataSource.query(
        `SELECT total::float8 AS total FROM annual_result WHERE district_id = $1 AND year = 2026 AND branch_id = $2`,
        [districtId, a1.id],
      );
      return row?.total as number | undefined;
    };
    return { a1, districtId, admin, q4: periods[3], review, frozenTotal };
  }

  it('a write that found the year open commits before the close freezes it, and counts', async () => {
    const w = await world();
    // The write stops on its value row (after taking the year's period rows FOR SHARE).
    const holder = await holdLocks(
      t.dataSource,
      `SELECT 1 FROM annual_value WHERE district_id = $1 AND branch_id = $2 FOR UPDATE`,
      [w.districtId, w.a1.id],
    );
    let writing: Promise<{ errors?: unknown }> | undefined;
    let closing: Promise<{ errors?: unknown }> | undefined;
    try {
      writing = w.review(3);
      await waitForLockWaiters(t.dataSource, 1);
      closing = t.gql(CLOSE_PERIOD, { id: w.q4 }, w.admin);
      // The close waits for the write (it holds Q4 FOR SHARE): two waiters.
      await waitForLockWaiters(t.dataSource, 2);
    } finally {
      await holder.release();
    }
    const [written, closed] = await Promise.all([writing, closing]);
    expect(written!.errors).toBeUndefined();
    expect(closed!.errors).toBeUndefined();
    // 90 + 3 × 2 = 96, frozen with the write.
    expect(await w.frozenTotal()).toBe(96);
  });

  it('a write arriving while the close runs waits for it, then is refused YEAR_CLOSED', async () => {
    const w = await world();
    // What closePeriod does, stopped before its commit: Q4 locked and set CLOSED by a second connection.
    const closer = await holdLocks(t.dataSource, `SELECT id FROM period WHERE id = $1 FOR NO KEY UPDATE`, [
      w.q4,
    ]);
    let writing: Promise<{ errors?: { extensions?: Record<string, unknown> }[] }> | undefined;
    let returned = false;
    try {
      await closer.query(`UPDATE period SET status = 'CLOSED', closed_at = now() WHERE id = $1`, [w.q4]);
      writing = w.review(3).finally(() => (returned = true));
      await waitForLockWaiters(t.dataSource, 1, () => returned);
      await closer.commit();
    } finally {
      await closer.release();
    }
    const outcome = await writing!;
    expect(outcome.errors?.[0].extensions).toMatchObject({ reason: 'YEAR_CLOSED' });
    const [value] = await t.dataSource.query(
      `SELECT reviewed_value FROM annual_value WHERE district_id = $1 AND branch_id = $2`,
      [w.districtId, w.a1.id],
    );
    expect(value.reviewed_value).toBe(1);
  });
});
