import { createTestApp, type TestApp } from '../../../test/test-app';
import { holdLocks, waitForLockWaiters } from '../../periods/testing/lock-holder';
import { QualityChecksService } from '../../quality/quality-checks.service';
import { listedByIds } from '../../quality/sql/quality-set.sql';
import { seedQualityFixture } from '../../quality/quality.int-fixtures';
import { seedDefaultFramework } from '../testing/analytics-fixtures';
import { refreshBranchFigures } from './figures-refresh';

const RETURN = `mutation ($id: ID!, $v: Int!) {
  reviewAssessment(assessmentId: $id, expectedVersion: $v, decision: RETURN, comment: "请核实") { version } }`;
const MOVE = `mutation ($id: ID!, $parentId: ID!) { moveOrgUnit(id: $id, parentId: $parentId) { id } }`;
const SAVE = `mutation ($id: ID!, $v: Int!, $values: [IndicatorValueInput!]!) {
  saveIndicatorValues(assessmentId: $id, expectedVersion: $v, values: $values) { version } }`;

/**
 * The peer group's sample row orders a draft's save and a refresh of its group (peer-samples.ts),
 * the interleaving forced by a second connection holding the row lock one of them takes (PostgreSQL
 * only: PGlite has one session). Run: TEST_DATABASE_URL=… npx nx run api:test-int-pg
 */
const onPostgres = process.env['TEST_DATABASE_URL'] ? describe : describe.skip;

onPostgres('peer samples: a draft save and a refresh of its group (PostgreSQL, forced interleavings)', () => {
  let t: TestApp;
  let frameworkId: string;
  beforeAll(async () => {
    t = await createTestApp();
    frameworkId = await seedDefaultFramework(t.dataSource);
  });
  afterAll(() => t?.close());

  /** The fixture with X returned by street A's reviewer (a draft-like assessment that saves without a refresh). */
  async function world(prefix: string) {
    const s = await seedQualityFixture(t, frameworkId, prefix);
    const assessment = async (branchId: string) =>
      (
        (await t.dataSource.query(
          `SELECT id, version FROM assessment WHERE branch_id = $1 AND period_id = $2`,
          [branchId, s.periods['2026Q4']],
        )) as { id: string; version: number }[]
      )[0];
    const x = await assessment(s.x.id);
    const returned = await t.gql<{ reviewAssessment: { version: number } }>(
      RETURN,
      { id: x.id, v: x.version },
      s.reviewerA,
    );
    expect(returned.errors).toBeUndefined();
    const sampleRow = [s.districtId, s.periods['2026Q4'], s.streetA.id];
    const storedX = async () =>
      (
        await t.dataSource.query(
          `SELECT open_flags FROM branch_period_figures WHERE district_id = $1 AND period_id = $2 AND branch_id = $3`,
          [s.districtId, s.periods['2026Q4'], s.x.id],
        )
      )[0].open_flags as number;
    /** X's flag count checked live (QualityChecksService), to compare with the stored one. */
    const liveX = async () => {
      const checks = t.app.get(QualityChecksService);
      const period = await checks.period(s.districtId, '2026Q4');
      const set = await checks.check(s.districtId, period, listedByIds([x.id]));
      return set.flags.get(x.id)!.length;
    };
    return {
      s,
      x,
      sampleRow,
      storedX,
      liveX,
      a1: await assessment(s.a1.id),
      saveX: (value: number) =>
        t.gql(
          SAVE,
          {
            id: x.id,
            v: returned.data!.reviewAssessment.version,
            values: [{ indicatorCode: 'TRN_STUDY_HOURS', value }],
          },
          s.branchX,
        ),
    };
  }

  const LOCK_ROW = `SELECT 1 FROM peer_group_sample WHERE district_id = $1 AND period_id = $2 AND group_id = $3`;

  it("a draft's save waits for a refresh of its group, then counts against the new sample", async () => {
    const w = await world('PR1-');
    // A refresh of street A, stopped after it locked the group's row.
    const refresh = await holdLocks(t.dataSource, `${LOCK_ROW} FOR UPDATE`, w.sampleRow);
    let returned = false;
    let saving: Promise<{ errors?: unknown }> | undefined;
    try {
      saving = w.saveX(12).finally(() => (returned = true));
      expect(await waitForLockWaiters(t.dataSource, 1, () => returned)).toBe(true);
      // What the refresh stores before it commits: a sample against which 12 is an outlier (median
      // 40, MAD 0, mean absolute deviation 5.6, M = −3.99; among the real peers it is not).
      await refresh.query(
        `UPDATE peer_group_sample SET samples = '{"COMMUNITY": {"TRN_STUDY_HOURS": [40, 40, 40, 40]}}'
          WHERE district_id = $1 AND period_id = $2 AND group_id = $3`,
        w.sampleRow,
      );
      await refresh.commit();
    } finally {
      await refresh.release();
    }
    expect((await saving!).errors).toBeUndefined();
    expect(await w.storedX()).toBe(1);
  });

  it("a refresh of the group waits for a draft's save in flight", async () => {
    const w = await world('PR2-');
    // A draft's save, stopped after it took the group's row FOR SHARE.
    const save = await holdLocks(t.dataSource, `${LOCK_ROW} FOR SHARE`, w.sampleRow);
    let returned = false;
    let reviewing: Promise<{ errors?: unknown }> | undefined;
    try {
      // Returning A1 changes street A's peers: its refresh re-checks and re-samples the group.
      reviewing = t
        .gql(RETURN, { id: w.a1.id, v: w.a1.version }, w.s.reviewerA)
        .finally(() => (returned = true));
      expect(await waitForLockWaiters(t.dataSource, 1, () => returned)).toBe(true);
      expect(returned).toBe(false);
    } finally {
      await save.release();
    }
    expect((await reviewing!).errors).toBeUndefined();
    const [{ samples }] = await t.dataSource.query(
      `SELECT samples FROM peer_group_sample WHERE district_id = $1 AND period_id = $2 AND group_id = $3`,
      w.sampleRow,
    );
    expect(samples['COMMUNITY']['TRN_STUDY_HOURS']).toEqual([10, 11, 13]);
    // X re-checked by that refresh: 40 now has too few peers for an outlier; the jump from 12 stays.
    expect([await w.storedX(), await w.liveX()]).toEqual([1, 1]);
  });

  it("a draft's save does not wait for a refresh that is rewriting its figures row", async () => {
    const w = await world('PR4-');
    const before = await w.storedX();
    // A refresh that has rewritten X's row (held) and has not reached its re-check of the group.
    const refresh = await holdLocks(
      t.dataSource,
      `SELECT 1 FROM branch_period_figures WHERE district_id = $1 AND period_id = $2 AND branch_id = $3 FOR UPDATE`,
      [w.s.districtId, w.s.periods['2026Q4'], w.s.x.id],
    );
    try {
      const saved = await Promise.race([
        w.saveX(12),
        new Promise<'waited'>((resolve) => setTimeout(() => resolve('waited'), 5000)),
      ]);
      expect(saved).not.toBe('waited');
      expect((saved as { errors?: unknown }).errors).toBeUndefined();
    } finally {
      await refresh.release();
    }
    // The count was left to the refresh (here only a stand-in that stores nothing).
    expect(await w.storedX()).toBe(before);
  });

  it("a refresh that moved a draft's inflation in a later quarter re-checks the draft after its save", async () => {
    const w = await world('PR5-');
    const { districtId, periods, x } = w.s;
    const inflationX = async () =>
      (
        await t.dataSource.query(
          `SELECT self_inflation FROM branch_period_figures WHERE district_id = $1 AND period_id = $2 AND branch_id = $3`,
          [districtId, periods['2026Q4'], x.id],
        )
      )[0].self_inflation as number;
    const inflationBefore = await inflationX();
    expect([await w.storedX(), await w.liveX()]).toEqual([2, 2]);
    // A review of X's 2026Q2 and its refresh, held before it commits: that quarter and 2026Q3 are
    // rewritten and re-checked; in 2026Q4 only X's inflation moves (its window holds 2026Q2).
    const refresh = t.dataSource.createQueryRunner();
    await refresh.connect();
    await refresh.startTransaction();
    let returned = false;
    let saving: Promise<{ errors?: unknown }> | undefined;
    try {
      await refresh.query(
        `UPDATE assessment_score SET total = total + 10
          WHERE kind = 'SELF' AND assessment_id = (SELECT id FROM assessment WHERE branch_id = $1 AND period_id = $2)`,
        [x.id, periods['2026Q2']],
      );
      await refreshBranchFigures(refresh.manager, [
        { districtId, periodId: periods['2026Q2'], branchId: x.id, branchPath: x.path },
      ]);
      // X's save back to 12 (no outlier, no jump) finds its 2026Q4 row held and leaves its count to
      // the refresh, which must re-check it once the save commits: here the save waits for the
      // refresh's lock on the group's sample row.
      saving = w.saveX(12).finally(() => (returned = true));
      await waitForLockWaiters(t.dataSource, 1, () => returned);
      await refresh.commitTransaction();
    } finally {
      if (refresh.isTransactionActive) await refresh.rollbackTransaction();
      await refresh.release();
    }
    expect((await saving!).errors).toBeUndefined();
    expect(await inflationX()).not.toBe(inflationBefore);
    expect([await w.storedX(), await w.liveX()]).toEqual([0, 0]);
  });

  it("a branch moved to another group waits for its draft's save in flight, then is re-checked there", async () => {
    const w = await world('PR3-');
    const [{ parent_id: streetB }] = await t.dataSource.query(
      `SELECT parent_id FROM org_unit WHERE district_id = $1 AND code = 'PR3-B3'`,
      [w.s.districtId],
    );
    // X's save, stopped after it took its assessment's row (as a save does first).
    const save = await holdLocks(t.dataSource, `SELECT 1 FROM assessment WHERE id = $1 FOR NO KEY UPDATE`, [
      w.x.id,
    ]);
    let returned = false;
    let moving: Promise<{ errors?: unknown }> | undefined;
    try {
      moving = t.gql(MOVE, { id: w.s.x.id, parentId: streetB }, w.s.admin).finally(() => (returned = true));
      expect(await waitForLockWaiters(t.dataSource, 1, () => returned)).toBe(true);
      expect(returned).toBe(false);
    } finally {
      await save.release();
    }
    expect((await moving!).errors).toBeUndefined();
    // In street B, beside B3 alone: too few peers for an outlier; its jump from 12 to 40 stays.
    expect([await w.storedX(), await w.liveX()]).toEqual([1, 1]);
  });
});
