import { createTestApp, type TestApp } from '../../test/test-app';
import { createUnitFixture } from '../../test/fixtures';
import { seedDefaultFramework, seedScores } from '../analytics/testing/analytics-fixtures';
import { OrgUnitKind, Sector } from '../org-units/org-unit.enums';
import { QualityChecksService } from './quality-checks.service';
import { seedQualityFixture } from './quality.int-fixtures';
import { listedByIds, type Listed } from './sql/quality-set.sql';

/**
 * Rows named by id (one branch, a review page's drafts) find their peers through the peer groups'
 * index lookup; a filter's rows through the quarter-wide search. Both must give every row the same
 * flags, drafts and returned assessments in the groups included (they are no one's peers).
 */
describe('data checks of rows named by id', () => {
  let t: TestApp;
  let frameworkId: string;

  beforeAll(async () => {
    t = await createTestApp();
    frameworkId = await seedDefaultFramework(t.dataSource);
  });
  afterAll(() => t?.close());

  it('flags each row as the quarter-wide search does, with drafts and returned rows in its group', async () => {
    const s = await seedQualityFixture(t, frameworkId, 'QC-');
    const period = s.periods['2026Q4'];
    const ctx = { districtId: s.districtId, periodId: period, frameworkId };
    // Street A gets a draft and a returned assessment whose values would move the peer sample (and
    // so X's outlier flag) if either were taken for a peer.
    for (const [code, status] of [
      ['QC-D1', 'DRAFT'],
      ['QC-R1', 'RETURNED'],
    ] as const) {
      const unit = await createUnitFixture(t.dataSource, {
        parent: s.streetA,
        kind: OrgUnitKind.BRANCH,
        code,
        sector: Sector.COMMUNITY,
      });
      await seedScores(t.dataSource, ctx, [{ branchId: unit.id, spec: { status, total: null } }]);
      await t.dataSource.query(
        `INSERT INTO indicator_value (assessment_id, indicator_code, district_id, self_value)
         SELECT id, 'TRN_STUDY_HOURS', district_id, '45'::jsonb FROM assessment WHERE branch_id = $1 AND period_id = $2`,
        [unit.id, period],
      );
    }
    const checks = t.app.get(QualityChecksService);
    const quarter = await checks.period(s.districtId, '2026Q4');
    const all: { id: string; code: string }[] = await t.dataSource.query(
      `SELECT a.id, u.code FROM assessment a JOIN org_unit u ON u.id = a.branch_id
        WHERE a.district_id = $1 AND a.period_id = $2 ORDER BY u.code`,
      [s.districtId, period],
    );
    expect(all.map((r) => r.code)).toEqual(expect.arrayContaining(['QC-D1', 'QC-R1', 'QC-X', 'QC-B3']));

    const flagsOf = async (listed: Listed) => {
      const set = await checks.check(s.districtId, quarter, listed);
      return Object.fromEntries(
        set.rows.map((r) => [r.code, (set.flags.get(r.assessment_id) ?? []).map((f) => f.code).sort()]),
      );
    };
    const searched = await flagsOf({ ...listedByIds(all.map((r) => r.id)), assessmentIds: undefined });
    const byId: Record<string, string[]> = {};
    for (const row of all) Object.assign(byId, await flagsOf(listedByIds([row.id])));

    expect(byId).toEqual(searched);
    // Not vacuous: X is its group's outlier, and the drafts' 45 hours did not join the sample.
    expect(searched['QC-X']).toContain('PEER_OUTLIER');
    expect(Object.keys(byId)).toHaveLength(all.length);
  });
});
