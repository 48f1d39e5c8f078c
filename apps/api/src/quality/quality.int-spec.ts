import { defaultFramework } from '@pathboard/frameworks';
import { checkValues, type Framework, type ValueMap } from '@pathboard/scoring';
import { createUnitFixture, createUserFixture, seedOrgTree } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { Role } from '../auth/role.enum';
import {
  seedDefaultFramework,
  seedPeriod,
  seedScores,
  type Status,
} from '../analytics/testing/analytics-fixtures';
import { countQueries } from '../analytics/testing/query-counter';
import { OrgUnitKind, Sector } from '../org-units/org-unit.enums';

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

/**
 * Street A's five COMMUNITY branches in 2026Q4 (study hours 12, 10, 11, 13 and X's 40) and a street-B
 * branch: X is a peer outlier (M = 0.6745 × 28 = 18.89) and jumped from 12 in 2026Q3 (233.33%); A1
 * reported 8 of 8 meetings where 12 are due. X and P1 were approved before with SELF = OFFICIAL + 3.
 */
describe('data checks, review risk and what-if (GraphQL over HTTP)', () => {
  let t: TestApp;
  let frameworkId: string;

  beforeAll(async () => {
    t = await createTestApp();
    frameworkId = await seedDefaultFramework(t.dataSource);
  });
  afterAll(() => t?.close());

  async function seed(prefix: string) {
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
    const user = async (role: Role, scopeUnitId: string) =>
      t.signToken((await createUserFixture(t.dataSource, { role, scopeUnitId })).user);
    return {
      x,
      a1,
      reviewerA: await user(Role.REVIEWER, a.id),
      reviewerB: await user(Role.REVIEWER, b.id),
      admin: await user(Role.ADMIN, d),
      branchX: await user(Role.BRANCH, x.id),
      branchA1: await user(Role.BRANCH, a1.id),
    };
  }

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
    const r = await t.gql<{ valueChecks: Risk & { previous: ValueMap; peers: ValueMap[] } }>(
      CHECKS,
      { branchId: s.x.id, period: '2026Q4' },
      s.branchX,
    );
    expect(r.errors).toBeUndefined();
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

    // Another branch's checks answer as a missing branch.
    const foreign = await t.gql(CHECKS, { branchId: s.x.id, period: '2026Q4' }, s.branchA1);
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
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
