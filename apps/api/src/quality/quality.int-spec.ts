import { randomUUID } from 'node:crypto';
import { defaultFramework } from '@pathboard/frameworks';
import { checkValues, type Framework, type ValueMap } from '@pathboard/scoring';
import { createTestApp, type TestApp } from '../../test/test-app';
import { createUnitFixture } from '../../test/fixtures';
import { refreshDistrictFigures } from '../analytics/figures/figures-refresh';
import { seedDefaultFramework, seedScores } from '../analytics/testing/analytics-fixtures';
import { OrgUnitKind, Sector } from '../org-units/org-unit.enums';
import { countQueries } from '../analytics/testing/query-counter';
import { QualityChecksService } from './quality-checks.service';
import { seedQualityFixture } from './quality.int-fixtures';
import { listedByIds, type Listed } from './sql/quality-set.sql';

const FLAG = `code indicator indicators rule figures message { zh en }`;
const RISKS = `query ($period: String!) { reviewRisks(period: $period) {
  branchCode status openFlags inflation inflationQuarters riskRank flags { ${FLAG} } } }`;
const CHECKS = `query ($branchId: ID!, $period: String!) { valueChecks(branchId: $branchId, period: $period) {
  branchCode openFlags inflation previous peers flags { ${FLAG} } } }`;
const WHAT_IF = `query ($period: String!, $framework: JSON!) { whatIf(period: $period, framework: $framework) {
  period gradeChanges rows { branchCode currentTotal currentRank draftTotal draftRank rankShift gradeChanged }
  movers { branchCode rankShift } pathMeans { code current draft } } }`;

interface Risk {
  branchCode: string;
  status: string;
  openFlags: number;
  inflation: number | null;
  inflationQuarters: number;
  riskRank: number;
  flags: { code: string; rule: string | null; figures: Record<string, number>; message: { zh: string } }[];
}

/** The fixture: quality.int-fixtures.ts (street A's outlier X, A1's meetings, inflation of X and P1). */
describe('data checks, review risk and what-if (GraphQL over HTTP)', () => {
  let t: TestApp;
  let frameworkId: string;

  beforeAll(async () => {
    t = await createTestApp();
    frameworkId = await seedDefaultFramework(t.dataSource);
  });
  afterAll(() => t?.close());

  const seed = (prefix: string) => seedQualityFixture(t, frameworkId, prefix);

  it('lists the reviewer-A queue riskiest first, with the flags, figures and reasons; a street-B reviewer sees none of it', async () => {
    const s = await seed('Q-');
    const counter = countQueries(t.dataSource);
    const r = await t.gql<{ reviewRisks: Risk[] }>(RISKS, { period: '2026Q4' }, s.reviewerA);
    counter.stop();
    expect(r.errors).toBeUndefined();
    const risks = r.data!.reviewRisks;
    expect(
      risks.map((q) => [q.branchCode, q.openFlags, q.inflation, q.inflationQuarters, q.riskRank]),
    ).toEqual([
      ['Q-X', 2, 3, 2, 1],
      ['Q-B-A1', 1, null, 0, 2],
      ['Q-P1', 0, 3, 1, 3],
      ['Q-P2', 0, null, 0, 4],
      ['Q-P3', 0, null, 0, 4],
    ]);
    const x = risks[0].flags;
    expect(x.map((f) => f.code)).toEqual(['JUMP_FROM_PREVIOUS_QUARTER', 'PEER_OUTLIER']);
    expect(x[1].figures).toEqual({ value: 40, median: 12, mad: 1, score: 18.89, limit: 3.5 });
    expect(x[1].message.zh).toContain('18.89');
    expect(x[0].figures).toMatchObject({ value: 40, previous: 12, share: 2.33 });
    expect(risks[1].flags.map((f) => [f.rule, f.figures])).toEqual([
      ['MEETINGS_REQUIRED', { left: 8, right: 12 }],
    ]);
    // Set-based: a fixed number of statements however many branches (auth, period, set, inflation, framework).
    expect(counter.statements.length).toBeLessThanOrEqual(6);

    const other = await t.gql<{ reviewRisks: Risk[] }>(RISKS, { period: '2026Q4' }, s.reviewerB);
    expect(other.data!.reviewRisks.map((q) => q.branchCode)).toEqual(['Q-B3']);
  });

  it("lists the overview's inflation leaders: the review queue's inflation, largest first, bounded, in scope", async () => {
    const s = await seed('L-');
    const LEADERS = `query ($period: String!, $limit: Int) { inflationLeaders(period: $period, limit: $limit) {
      branchCode inflation inflationQuarters } }`;
    type Leader = { branchCode: string; inflation: number; inflationQuarters: number };
    const leaders = async (token: string, limit?: number) =>
      t.gql<{ inflationLeaders: Leader[] }>(LEADERS, { period: '2026Q4', limit }, token);
    const all = (await leaders(s.reviewerA)).data!.inflationLeaders;
    // A tie at 3 points: the branch code decides.
    expect(all).toEqual([
      { branchCode: 'L-P1', inflation: 3, inflationQuarters: 1 },
      { branchCode: 'L-X', inflation: 3, inflationQuarters: 2 },
    ]);
    // The same figures as the review queue's rows that have an inflation (two readers of selfInflation).
    const risks = (await t.gql<{ reviewRisks: Risk[] }>(RISKS, { period: '2026Q4' }, s.reviewerA)).data!
      .reviewRisks;
    const byCode = (rows: Leader[]) => [...rows].sort((a, b) => a.branchCode.localeCompare(b.branchCode));
    expect(byCode(all)).toEqual(
      byCode(
        risks
          .filter((q) => q.inflation !== null)
          .map((q) => ({
            branchCode: q.branchCode,
            inflation: q.inflation!,
            inflationQuarters: q.inflationQuarters,
          })),
      ),
    );
    expect((await leaders(s.reviewerA, 1)).data!.inflationLeaders.map((l) => l.branchCode)).toEqual(['L-P1']);
    // A branch not opened in 2026Q4 has the largest inflation of its window (+10 in 2026Q3) but no
    // assessment to review: it is never a candidate, so it takes no place in the list.
    const y = await createUnitFixture(t.dataSource, {
      parent: s.streetA,
      kind: OrgUnitKind.BRANCH,
      code: 'L-Y',
      sector: Sector.COMMUNITY,
    });
    const q3 = { districtId: s.districtId, periodId: s.periods['2026Q3'], frameworkId };
    await seedScores(t.dataSource, q3, [{ branchId: y.id, spec: { status: 'APPROVED', total: 60 } }]);
    await t.dataSource.query(
      `UPDATE assessment_score SET total = 70 WHERE branch_id = $1 AND kind = 'SELF'`,
      [y.id],
    );
    await t.dataSource.transaction((m) => refreshDistrictFigures(m, s.districtId, 'all'));
    expect((await leaders(s.reviewerA, 1)).data!.inflationLeaders.map((l) => l.branchCode)).toEqual(['L-P1']);
    // Street B has no approved quarter; a branch may not ask; a bad limit names the field.
    expect((await leaders(s.reviewerB)).data!.inflationLeaders).toEqual([]);
    expect((await leaders(s.branchX)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const limit of [0, 51]) {
      const bad = await leaders(s.admin, limit);
      expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(bad.errors)).toContain(
        limit === 0 ? 'limit must be at least 1' : 'limit must be at most 50',
      );
    }
    const unknown = await t.gql(LEADERS, { period: '2031Q1' }, s.admin);
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('gives the form the previous and unlinked peer values, and the form computes the same flags', async () => {
    const s = await seed('R-');
    const counter = countQueries(t.dataSource);
    const r = await t.gql<{ valueChecks: Risk & { previous: ValueMap; peers: ValueMap[] } }>(
      CHECKS,
      { branchId: s.x.id, period: '2026Q4' },
      s.branchX,
    );
    counter.stop();
    expect(r.errors).toBeUndefined();
    // Auth, the branch with its quarter and assessment (one statement), the framework unless cached,
    // the peer groups, their rows and the stored inflation.
    expect(counter.statements.length).toBeLessThanOrEqual(6);
    const checks = r.data!.valueChecks;
    expect(checks.previous).toEqual({ TRN_STUDY_HOURS: 12 });
    // A1's meetings and P1's petitions are there, but not in the same map as that branch's hours.
    expect(checks.peers.map((p) => p.TRN_STUDY_HOURS)).toEqual([10, 11, 12, 13]);
    expect(checks.peers[0]).toEqual({
      TRN_STUDY_HOURS: 10,
      ORG_MEETINGS: { numerator: 8, denominator: 8 },
      SUP_PETITIONS_RESOLVED: { numerator: 1, denominator: 1 },
    });
    const browser = checkValues(
      defaultFramework as Framework,
      { TRN_STUDY_HOURS: 40 },
      {
        sector: 'COMMUNITY',
        previous: checks.previous,
        peers: checks.peers,
      },
    );
    expect(checks.flags).toEqual(
      browser.map(({ severity: _severity, ...f }) => ({ ...f, rule: f.rule ?? null })),
    );

    // Another branch's checks answer as a missing branch, whether or not the quarter exists.
    for (const period of ['2026Q4', '2031Q1']) {
      const foreign = await t.gql(CHECKS, { branchId: s.x.id, period }, s.branchA1);
      expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', entity: 'OrgUnit' });
    }
    // In scope: an unknown quarter, a quarter without the branch's assessment, an unknown branch.
    const noQuarter = await t.gql(CHECKS, { branchId: s.x.id, period: '2031Q1' }, s.branchX);
    expect(noQuarter.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', entity: 'Period' });
    // A1 was first assessed in 2026Q4.
    const noAssessment = await t.gql(CHECKS, { branchId: s.a1.id, period: '2026Q2' }, s.admin);
    expect(noAssessment.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', entity: 'Assessment' });
    const noBranch = await t.gql(CHECKS, { branchId: randomUUID(), period: '2026Q4' }, s.admin);
    expect(noBranch.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', entity: 'OrgUnit' });
  });

  // Rows named by id (one branch, a review page's drafts) find their peers through the peer groups'
  // index lookup; a filter's rows through the quarter-wide search: both must flag every row alike.
  it('flags each row as the quarter-wide search does, with drafts and returned rows in its group', async () => {
    const s = await seed('QC-');
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

  it('what-if: a reweighted draft swaps A1 and P1, nothing is stored, a bad draft names its field', async () => {
    const s = await seed('W-');
    const draft = JSON.parse(JSON.stringify(defaultFramework)) as Framework;
    // ORGANIZATION 30 → 10, SUPERVISION 25 → 45. A1: ORG 25 of 100 (the community's base items
    // sum to 100; the rural item does not apply) = 25%, TRN 20 of 100 = 20%: 0.3 × 25 + 0.25 × 20 = 12.5
    // → 0.1 × 25 + 5 = 7.5. P1: SUP 20%, TRN 20%: 5 + 5 = 10 → 9 + 5 = 14. P2, P3, X: TRN 20%, 5 both ways.
    draft.paths[0].weight = 10;
    draft.paths[1].weight = 45;
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM framework`);
    const r = await t.gql<{
      whatIf: {
        rows: Record<string, unknown>[];
        movers: unknown[];
        gradeChanges: number;
        pathMeans: unknown[];
      };
    }>(WHAT_IF, { period: '2026Q4', framework: draft }, s.admin);
    expect(r.errors).toBeUndefined();
    const rows = r.data!.whatIf.rows;
    expect(rows.slice(0, 2)).toEqual([
      {
        branchCode: 'W-P1',
        currentTotal: 10,
        currentRank: 2,
        draftTotal: 14,
        draftRank: 1,
        rankShift: 1,
        gradeChanged: false,
      },
      {
        branchCode: 'W-B-A1',
        currentTotal: 12.5,
        currentRank: 1,
        draftTotal: 7.5,
        draftRank: 2,
        rankShift: -1,
        gradeChanged: false,
      },
    ]);
    // The district ADMIN sees every reported branch of the quarter (street B's too).
    expect(rows.map((row) => row.branchCode).sort()).toEqual([
      'W-B-A1',
      'W-B3',
      'W-P1',
      'W-P2',
      'W-P3',
      'W-X',
    ]);
    expect(r.data!.whatIf.movers).toEqual([
      { branchCode: 'W-B-A1', rankShift: -1 },
      { branchCode: 'W-P1', rankShift: 1 },
    ]);
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM framework`)).toEqual(before);

    const broken = { ...draft, paths: draft.paths.map((p, i) => (i === 0 ? { ...p, weight: -5 } : p)) };
    const bad = await t.gql(WHAT_IF, { period: '2026Q4', framework: broken }, s.admin);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].message).toContain('paths[0].weight');
    const reviewer = await t.gql(WHAT_IF, { period: '2026Q4', framework: draft }, s.reviewerA);
    expect(reviewer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
