import { FiguresOpenFlags1795970000000 } from '../../database/migrations/1795970000000-figures-open-flags';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { QualityChecksService } from '../../quality/quality-checks.service';
import { seedQualityFixture } from '../../quality/quality.int-fixtures';
import { listedByIds } from '../../quality/sql/quality-set.sql';
import { seedDefaultFramework } from '../testing/analytics-fixtures';

const REVIEW = `mutation ($id: ID!, $v: Int!, $c: String) {
  reviewAssessment(assessmentId: $id, expectedVersion: $v, decision: RETURN, comment: $c) { status } }`;

type Fixture = Awaited<ReturnType<typeof seedQualityFixture>>;

/**
 * The open flags the figures refresh stores for reported assessments (open-flags.ts), against the
 * checks a request runs live (QualityChecksService): two readers of libs/scoring checkBranchSet.
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

  /** code → the live flag count of the quarter's reported assessments. */
  async function live(s: Fixture): Promise<Record<string, number>> {
    const checks = t.app.get(QualityChecksService);
    const period = await checks.period(s.districtId, '2026Q4');
    const ids: { id: string }[] = await t.dataSource.query(
      `SELECT id FROM assessment WHERE district_id = $1 AND period_id = $2 AND status IN ('SUBMITTED', 'APPROVED')`,
      [s.districtId, period.id],
    );
    const set = await checks.check(s.districtId, period, listedByIds(ids.map((r) => r.id)));
    return Object.fromEntries(set.rows.map((r) => [r.code, set.flags.get(r.assessment_id)!.length]));
  }

  const reported = (rows: Record<string, [string, number | null]>) =>
    Object.fromEntries(
      Object.entries(rows)
        .filter(([, [status]]) => status === 'SUBMITTED' || status === 'APPROVED')
        .map(([code, [, count]]) => [code, count]),
    );

  it('stores the live count of every reported assessment, none for the others', async () => {
    const s = await seedQualityFixture(t, frameworkId, 'F-');
    const rows = await stored(s);
    expect(reported(rows)).toEqual(await live(s));
    // X: a peer outlier that jumped; A1: too few meetings (quality.int-fixtures.ts).
    expect(rows['F-X']).toEqual(['SUBMITTED', 2]);
    expect(rows['F-B-A1']).toEqual(['SUBMITTED', 1]);
    // The migration's backfill over stored rows (down drops the column, up fills it) stores the same.
    const migration = new FiguresOpenFlags1795970000000();
    const runner = t.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect(await stored(s)).toEqual(rows);
  });

  it('re-checks the whole peer group of a branch a write changed, and only that group', async () => {
    const s = await seedQualityFixture(t, frameworkId, 'G-');
    // Wrong counts everywhere, so a count the write's refresh did not recheck stays wrong.
    await t.dataSource.query(
      `UPDATE branch_period_figures SET open_flags = 99 WHERE district_id = $1 AND open_flags IS NOT NULL`,
      [s.districtId],
    );
    const [x]: { id: string; version: number }[] = await t.dataSource.query(
      `SELECT id, version FROM assessment WHERE branch_id = $1 AND period_id = $2`,
      [s.x.id, s.periods['2026Q4']],
    );
    const returned = await t.gql(REVIEW, { id: x.id, v: x.version, c: '数据有误' }, s.reviewerA);
    expect(returned.errors).toBeUndefined();
    const rows = await stored(s);
    // X is being corrected: no count. Street A's others: X's peers, checked again without it.
    expect(rows['G-X']).toEqual(['RETURNED', null]);
    const [streetA, liveA] = [reported(rows), await live(s)];
    const other = streetA['G-B3'];
    delete streetA['G-B3'];
    delete liveA['G-B3'];
    expect(streetA).toEqual(liveA);
    expect(Object.keys(streetA).sort()).toEqual(['G-B-A1', 'G-P1', 'G-P2', 'G-P3']);
    // Street B's branch is in another group: the write did not read it.
    expect(other).toBe(99);
  });
});
