import type { QueryRunner } from 'typeorm';
import { FiguresOpenFlags1795970000000 } from '../../database/migrations/1795970000000-figures-open-flags';
import { OpenFlagsEveryStatus1796000000001 } from '../../database/migrations/1796000000001-open-flags-every-status';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { QualityChecksService } from '../../quality/quality-checks.service';
import { seedQualityFixture } from '../../quality/quality.int-fixtures';
import { listedByIds } from '../../quality/sql/quality-set.sql';
import { seedDefaultFramework } from '../testing/analytics-fixtures';

const REVIEW = `mutation ($id: ID!, $v: Int!, $c: String) {
  reviewAssessment(assessmentId: $id, expectedVersion: $v, decision: RETURN, comment: $c) { status version } }`;
const SAVE = `mutation ($id: ID!, $v: Int!, $values: [IndicatorValueInput!]!) {
  saveIndicatorValues(assessmentId: $id, expectedVersion: $v, values: $values) { status version } }`;

type Fixture = Awaited<ReturnType<typeof seedQualityFixture>>;

/**
 * The open flags the figures refresh stores for every assessment (open-flags.ts), against the checks
 * a request runs live (QualityChecksService): two readers of libs/scoring checkBranchSet.
 */
describe('stored open flags', () => {
  let t: TestApp;
  let frameworkId: string;

  beforeAll(async () => {
    t = await createTestApp();
    frameworkId = await seedDefaultFramework(t.dataSource);
  });
  afterAll(() => t?.close());

  /** code → [status, stored open flags] of the quarter's assessments. */
  async function stored(s: Fixture): Promise<Record<string, [string, number | null]>> {
    const rows: { code: string; status: string; open_flags: number | null }[] = await t.dataSource.query(
      `SELECT u.code, a.status::text AS status, f.open_flags
         FROM assessment a
         JOIN org_unit u ON u.id = a.branch_id
         JOIN branch_period_figures f ON f.district_id = a.district_id AND f.period_id = a.period_id AND f.branch_id = a.branch_id
        WHERE a.district_id = $1 AND a.period_id = $2`,
      [s.districtId, s.periods['2026Q4']],
    );
    return Object.fromEntries(rows.map((r) => [r.code, [r.status, r.open_flags]]));
  }

  /** code → the live flag count of the quarter's assessments. */
  async function live(s: Fixture): Promise<Record<string, number>> {
    const checks = t.app.get(QualityChecksService);
    const period = await checks.period(s.districtId, '2026Q4');
    const ids: { id: string }[] = await t.dataSource.query(
      `SELECT id FROM assessment WHERE district_id = $1 AND period_id = $2`,
      [s.districtId, period.id],
    );
    const set = await checks.check(s.districtId, period, listedByIds(ids.map((r) => r.id)));
    return Object.fromEntries(set.rows.map((r) => [r.code, set.flags.get(r.assessment_id)!.length]));
  }

  const counts = (rows: Record<string, [string, number | null]>) =>
    Object.fromEntries(Object.entries(rows).map(([code, [, count]]) => [code, count]));

  /** X returned by street A's reviewer: a branch correcting it saves without a refresh. */
  async function returnX(s: Fixture): Promise<{ id: string; version: number }> {
    const [x]: { id: string; version: number }[] = await t.dataSource.query(
      `SELECT id, version FROM assessment WHERE branch_id = $1 AND period_id = $2`,
      [s.x.id, s.periods['2026Q4']],
    );
    const returned = await t.gql<{ reviewAssessment: { version: number } }>(
      REVIEW,
      { id: x.id, v: x.version, c: '数据有误' },
      s.reviewerA,
    );
    expect(returned.errors).toBeUndefined();
    return { id: x.id, version: returned.data!.reviewAssessment.version };
  }

  it('stores the live count of every assessment, whatever its status', async () => {
    const s = await seedQualityFixture(t, frameworkId, 'F-');
    await returnX(s);
    const rows = await stored(s);
    expect(counts(rows)).toEqual(await live(s));
    // X: a peer outlier that jumped, returned; A1: too few meetings (quality.int-fixtures.ts).
    expect(rows['F-X']).toEqual(['RETURNED', 2]);
    expect(rows['F-B-A1']).toEqual(['SUBMITTED', 1]);
    // The migrations' backfills over stored rows (down forgets the counts, up fills them) store the same.
    const run = async (step: (runner: QueryRunner) => Promise<void>) => {
      const runner = t.dataSource.createQueryRunner();
      try {
        await step(runner);
      } finally {
        await runner.release();
      }
    };
    const [first, second] = [new FiguresOpenFlags1795970000000(), new OpenFlagsEveryStatus1796000000001()];
    await run((runner) => second.down(runner));
    const reportedOnly = { ...rows, 'F-X': ['RETURNED', null] };
    expect(await stored(s)).toEqual(reportedOnly);
    await run((runner) => first.down(runner));
    // The first stores the reported assessments' counts, as it did before the second existed.
    await run((runner) => first.up(runner));
    expect(await stored(s)).toEqual(reportedOnly);
    await run((runner) => second.up(runner));
    expect(await stored(s)).toEqual(rows);
  });

  it("re-checks a returned assessment's count on its own save, and only its count", async () => {
    const s = await seedQualityFixture(t, frameworkId, 'O-');
    const x = await returnX(s);
    expect((await stored(s))['O-X']).toEqual(['RETURNED', 2]);
    await t.dataSource.query(
      `UPDATE branch_period_figures SET open_flags = 99 WHERE district_id = $1 AND open_flags IS NOT NULL`,
      [s.districtId],
    );
    // Corrected to its peers' and its last quarter's level: no longer an outlier, no jump.
    const saved = await t.gql(
      SAVE,
      { id: x.id, v: x.version, values: [{ indicatorCode: 'TRN_STUDY_HOURS', value: 12 }] },
      s.branchX,
    );
    expect(saved.errors).toBeUndefined();
    const rows = await stored(s);
    expect(rows['O-X']).toEqual(['RETURNED', (await live(s))['O-X']]);
    expect(rows['O-X']).toEqual(['RETURNED', 0]);
    // The save re-checked X alone: a returned assessment is no one's peer.
    expect(rows['O-P1']).toEqual(['APPROVED', 99]);
  });

  /** Saves X's study hours as X's branch, each save at the version the last one left. */
  function saverOfX(s: Fixture, returned: { id: string; version: number }) {
    let x = returned;
    return async (value: number) => {
      const saved = await t.gql<{ saveIndicatorValues: { version: number } }>(
        SAVE,
        { id: x.id, v: x.version, values: [{ indicatorCode: 'TRN_STUDY_HOURS', value }] },
        s.branchX,
      );
      expect(saved.errors).toBeUndefined();
      x = { ...x, version: saved.data!.saveIndicatorValues.version };
    };
  }

  /** Street A's stored samples in 2026Q4 (sector → indicator → sorted values), or null. */
  async function sampleOfStreetA(s: Fixture): Promise<Record<string, Record<string, number[]>> | null> {
    const [row]: { samples: Record<string, Record<string, number[]>> | null }[] = await t.dataSource.query(
      `SELECT samples FROM peer_group_sample WHERE district_id = $1 AND period_id = $2 AND group_id = $3`,
      [s.districtId, s.periods['2026Q4'], s.streetA.id],
    );
    return row?.samples ?? null;
  }

  it("stores each peer group's reported values, sorted, and a draft's save checks against them", async () => {
    const s = await seedQualityFixture(t, frameworkId, 'S-');
    // 12 (A1), 10, 11, 13 and X's 40, all reported; the meetings only A1's.
    expect((await sampleOfStreetA(s))!['COMMUNITY']['TRN_STUDY_HOURS']).toEqual([10, 11, 12, 13, 40]);
    const saveX = saverOfX(s, await returnX(s));
    // X returned: no longer a peer.
    expect((await sampleOfStreetA(s))!['COMMUNITY']['TRN_STUDY_HOURS']).toEqual([10, 11, 12, 13]);
    const save = async (value: number) => {
      await saveX(value);
      return (await stored(s))['S-X'][1];
    };
    // The save reads the stored sample, not the peers' values: with the sample made 40, 40, 40, 40 by
    // hand, 12 is an outlier (median 40, MAD 0, mean absolute deviation 28 / 5 = 5.6, M = −28 /
    // (1.2533 × 5.6) = −3.99), though among its real peers it is not (live: 0).
    await t.dataSource.query(
      `UPDATE peer_group_sample SET samples = '{"COMMUNITY": {"TRN_STUDY_HOURS": [40, 40, 40, 40]}}'
        WHERE district_id = $1 AND group_id = $2 AND period_id = $3`,
      [s.districtId, s.streetA.id, s.periods['2026Q4']],
    );
    expect(await save(12)).toBe(1);
    expect((await live(s))['S-X']).toBe(0);
    // No sample stored yet (a group no refresh has reached): the save reads the peers' values.
    await t.dataSource.query(
      `UPDATE peer_group_sample SET samples = NULL WHERE district_id = $1 AND group_id = $2`,
      [s.districtId, s.streetA.id],
    );
    expect(await save(12)).toBe(0);
    expect(await save(40)).toBe((await live(s))['S-X']);
    expect((await live(s))['S-X']).toBe(2);
  });

  it('keeps every count right when drafts are saved while their group is refreshed', async () => {
    const s = await seedQualityFixture(t, frameworkId, 'C-');
    const saveX = saverOfX(s, await returnX(s));
    const [a1]: { id: string; version: number }[] = await t.dataSource.query(
      `SELECT id, version FROM assessment WHERE branch_id = $1 AND period_id = $2`,
      [s.a1.id, s.periods['2026Q4']],
    );
    // X's saves (no refresh) against A1's return by the reviewer (a refresh of the same group, which
    // takes A1 out of X's peers): on PostgreSQL they overlap; the sample's lock orders them.
    await Promise.all([
      (async () => {
        for (const value of [12, 40, 11, 45, 13]) await saveX(value);
      })(),
      t.gql(REVIEW, { id: a1.id, v: a1.version, c: '会议次数有误' }, s.reviewerA),
    ]);
    const rows = await stored(s);
    expect(rows['C-B-A1'][0]).toBe('RETURNED');
    expect(counts(rows)).toEqual(await live(s));
    expect((await sampleOfStreetA(s))!['COMMUNITY']['TRN_STUDY_HOURS']).toEqual([10, 11, 13]);
  });

  it('re-checks the whole peer group of a branch a write changed, and only that group', async () => {
    const s = await seedQualityFixture(t, frameworkId, 'G-');
    // Wrong counts everywhere, so a count the write's refresh did not recheck stays wrong.
    await t.dataSource.query(
      `UPDATE branch_period_figures SET open_flags = 99 WHERE district_id = $1 AND open_flags IS NOT NULL`,
      [s.districtId],
    );
    await returnX(s);
    const rows = await stored(s);
    // Street A's rows, X (returned: still checked, now against peers without it) among them.
    const [streetA, liveA] = [counts(rows), await live(s)];
    const other = streetA['G-B3'];
    delete streetA['G-B3'];
    delete liveA['G-B3'];
    expect(streetA).toEqual(liveA);
    expect(Object.keys(streetA).sort()).toEqual(['G-B-A1', 'G-P1', 'G-P2', 'G-P3', 'G-X']);
    expect(rows['G-X']).toEqual(['RETURNED', 2]);
    // Street B's branch is in another group: the write did not read it.
    expect(other).toBe(99);
  });
});
