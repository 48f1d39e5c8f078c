import * as XLSX from 'xlsx';
import { createUserFixture, seedOrgTree } from '../../test/fixtures';
import { download } from '../reports/testing/report-ops';
import { createTestApp, type TestApp } from '../../test/test-app';
import { Role } from '../auth/role.enum';
import {
  seedDefaultFramework,
  seedPeriod,
  seedScores,
  type ScoreSpec,
} from '../analytics/testing/analytics-fixtures';

const BRANCH_FIELDS = `branchId name total grade { code } uncappedGrade { code } cappedBy { source quarter code capGrade { code } }
  countedQuarters quarters { quarter status } pathPercents rank peerCount percentile previousTotal totalChange previousRank rankChange
  explanation { zh en }`;
const ANNUAL = `query ($unitId: ID!, $year: Int!) { annualScoreboard(unitId: $unitId, year: $year) {
  year status previousYear periods branchCount mean previousMean gradeCounts cappedCount grades { code }
  children { unit { code } branchCount mean gradeCounts } branches { ${BRANCH_FIELDS} } } }`;
const BRANCH_ANNUAL = `query ($branchId: ID!, $year: Int!) { branchAnnual(branchId: $branchId, year: $year) { ${BRANCH_FIELDS} } }`;

interface Board {
  status: string;
  branches: { name: string; total: number; grade: { code: string } }[];
  [k: string]: unknown;
}

/**
 * The year end to end on a real database, every figure hand-computed (default framework: the mean
 * of the approved quarters, a missing or unapproved quarter left out, a quarter's veto caps the year).
 */
describe('annual figures, freezing and reopening', () => {
  let t: TestApp;
  let frameworkId: string;
  beforeAll(async () => {
    t = await createTestApp();
    frameworkId = await seedDefaultFramework(t.dataSource);
  });
  afterAll(() => t?.close());

  async function ok<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const r = await t.gql<T>(query, variables, token);
    expect(r.errors).toBeUndefined();
    return r.data!;
  }

  it('computes, ranks, freezes on the last close, and recomputes after a reopening', async () => {
    const tree = await seedOrgTree(t.dataSource, 'AN-');
    const [a] = tree.streets;
    const [a1, a2, b1, b2] = tree.branches;
    const admin = await createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: tree.district.id });
    const token = t.signToken(admin.user);
    const districtId = tree.district.id;
    const periods: Record<string, string> = {};
    const quarter = async (code: string, specs: [string, ScoreSpec][]) => {
      periods[code] = await seedPeriod(t.dataSource, districtId, code, frameworkId);
      await seedScores(
        t.dataSource,
        { districtId, periodId: periods[code], frameworkId },
        specs.map(([branchId, spec]) => ({ branchId, spec })),
      );
    };
    await quarter('2025Q4', [
      [a1.id, { total: 80 }],
      [a2.id, { total: 85 }],
      [b1.id, { total: 70 }],
      [b2.id, { total: 90 }],
    ]);
    await quarter('2026Q1', [
      [a1.id, { total: 90 }],
      [a2.id, { total: 95 }],
      [b1.id, { total: 70 }],
      [b2.id, { total: 88 }],
    ]);
    await quarter('2026Q2', [
      [a1.id, { total: 85.5 }],
      [a2.id, { total: 92, veto: true, gradeCode: 'PASS' }],
      [b1.id, { total: 80, status: 'SUBMITTED' }],
      [b2.id, { total: 92 }],
    ]);
    await quarter('2026Q3', [
      [a1.id, { total: 88.25 }],
      [a2.id, { total: 94 }],
      [b1.id, { total: 75 }],
      [b2.id, { total: 90 }],
    ]);
    await quarter('2026Q4', [
      [a1.id, { total: 91 }],
      [a2.id, { total: 96 }],
      [b1.id, { total: 72.5 }],
      [b2.id, { total: null, status: 'DRAFT' }],
    ]);
    // a2's Q2 official score triggered a veto capping at PASS (as the engine stores it).
    await t.dataSource.query(
      `UPDATE assessment_score SET explanation = jsonb_set(explanation, '{vetoes}', $3::jsonb)
        WHERE branch_id = $1 AND period_id = $2 AND kind = 'OFFICIAL'`,
      [
        a2.id,
        periods['2026Q2'],
        JSON.stringify([
          {
            code: 'V_DISCIPLINE',
            name: { zh: '严重违纪', en: 'serious violation' },
            capGrade: { code: 'PASS', name: { zh: '合格', en: 'Pass' } },
          },
        ]),
      ],
    );

    const board = async () =>
      (await ok<{ annualScoreboard: Board }>(ANNUAL, { unitId: districtId, year: 2026 }, token))
        .annualScoreboard;
    const open = await board();
    expect(open).toMatchObject({
      year: 2026,
      status: 'OPEN',
      previousYear: 2025,
      periods: ['2026Q1', '2026Q2', '2026Q3', '2026Q4'],
      branchCount: 4,
      // (94.25 + 90 + 88.69 + 72.5) / 4 = 86.36; 2025: (80 + 85 + 70 + 90) / 4 = 81.25.
      mean: 86.36,
      previousMean: 81.25,
      grades: [{ code: 'EXCELLENT' }, { code: 'GOOD' }, { code: 'PASS' }, { code: 'FAIL' }],
      gradeCounts: [1, 1, 2, 0],
      cappedCount: 1,
      children: [
        { unit: { code: 'AN-S-A' }, branchCount: 2, mean: 91.47, gradeCounts: [0, 1, 1, 0] },
        { unit: { code: 'AN-S-B' }, branchCount: 2, mean: 81.25, gradeCounts: [1, 0, 1, 0] },
      ],
    });
    const byId = Object.fromEntries(
      (open.branches as unknown as { branchId: string }[]).map((x) => [x.branchId, x]),
    );
    // a2: (95 + 92 + 94 + 96) / 4 = 94.25 → EXCELLENT on the total, capped at PASS by the Q2 veto.
    expect(byId[a2.id]).toMatchObject({
      total: 94.25,
      grade: { code: 'PASS' },
      uncappedGrade: { code: 'EXCELLENT' },
      cappedBy: { source: 'QUARTER_VETO', quarter: 2, code: 'V_DISCIPLINE', capGrade: { code: 'PASS' } },
      countedQuarters: 4,
      rank: 1,
      peerCount: 4,
      percentile: 100,
      previousTotal: 85,
      totalChange: 9.25,
      previousRank: 2,
      rankChange: 1,
    });
    expect((byId[a2.id] as unknown as { explanation: { zh: string } }).explanation.zh).toContain('第2季度');
    // b2: Q4 has no score → (88 + 92 + 90) / 3 = 90.
    expect(byId[b2.id]).toMatchObject({
      total: 90,
      grade: { code: 'EXCELLENT' },
      cappedBy: null,
      countedQuarters: 3,
      rank: 2,
      percentile: 66.67,
      totalChange: 0,
      rankChange: -1,
    });
    // a1: (90 + 85.5 + 88.25 + 91) / 4 = 88.6875 → 88.69; each path the same mean.
    expect(byId[a1.id]).toMatchObject({
      total: 88.69,
      grade: { code: 'GOOD' },
      rank: 3,
      percentile: 33.33,
      totalChange: 8.69,
      rankChange: 0,
      pathPercents: [88.69, 88.69, 88.69, 88.69],
    });
    // b1: Q2 only submitted (not approved) → (70 + 75 + 72.5) / 3 = 72.5.
    expect(byId[b1.id]).toMatchObject({
      total: 72.5,
      grade: { code: 'PASS' },
      countedQuarters: 3,
      quarters: [
        { quarter: 1, status: 'COUNTED' },
        { quarter: 2, status: 'EXCLUDED' },
        { quarter: 3, status: 'COUNTED' },
        { quarter: 4, status: 'COUNTED' },
      ],
      rank: 4,
      percentile: 0,
      totalChange: 2.5,
    });

    // Street A: ranked among its own two branches.
    const streetA = (await ok<{ annualScoreboard: Board }>(ANNUAL, { unitId: a.id, year: 2026 }, token))
      .annualScoreboard;
    expect(streetA.branches.map((x) => [x.total, (x as unknown as { rank: number }).rank])).toEqual([
      [94.25, 1],
      [88.69, 2],
    ]);

    // The trend's year option: the district's mean per year; a branch's own total and grade.
    const TREND = `query ($u: ID!, $f: Int!, $to: Int!) { annualTrend(unitId: $u, fromYear: $f, toYear: $to) { year status branchCount mean grade { code } } }`;
    const trend = await ok<{ annualTrend: unknown[] }>(TREND, { u: districtId, f: 2024, to: 2026 }, token);
    expect(trend.annualTrend).toEqual([
      { year: 2025, status: 'OPEN', branchCount: 4, mean: 81.25, grade: null },
      { year: 2026, status: 'OPEN', branchCount: 4, mean: 86.36, grade: null },
    ]);
    const a2Trend = await ok<{ annualTrend: unknown[] }>(TREND, { u: a2.id, f: 2025, to: 2026 }, token);
    expect(a2Trend.annualTrend).toEqual([
      { year: 2025, status: 'OPEN', branchCount: 1, mean: 85, grade: { code: 'GOOD' } },
      { year: 2026, status: 'OPEN', branchCount: 1, mean: 94.25, grade: { code: 'PASS' } },
    ]);
    const tooLong = await t.gql(TREND, { u: districtId, f: 2010, to: 2026 }, token);
    expect(tooLong.errors?.[0].message).toMatch(/at most 10 years/);

    // Compare's year: each branch ranked among its own street's branches, in the order asked.
    const compared = await ok<{
      annualCompare: { name: string; total: number; rank: number; peerCount: number }[];
    }>(
      `query ($ids: [ID!]!) { annualCompare(branchIds: $ids, year: 2026) { name total rank peerCount } }`,
      { ids: [b2.id, a2.id] },
      token,
    );
    expect(compared.annualCompare).toEqual([
      { name: b2.name, total: 90, rank: 1, peerCount: 2 },
      { name: a2.name, total: 94.25, rank: 1, peerCount: 2 },
    ]);
    const tooFew = await t.gql(
      `query ($ids: [ID!]!) { annualCompare(branchIds: $ids, year: 2026) { total } }`,
      {
        ids: [b2.id],
      },
      token,
    );
    expect(tooFew.errors?.[0].message).toMatch(/at least 2/);

    // Closing every quarter freezes the year; the stored results equal the computed ones.
    const close = (code: string) =>
      ok(
        `mutation ($id: ID!) { closePeriod(periodId: $id, force: true) { status } }`,
        { id: periods[code] },
        token,
      );
    for (const code of ['2026Q1', '2026Q2', '2026Q3']) await close(code);
    expect((await board()).status).toBe('OPEN');
    await close('2026Q4');
    const frozen = await board();
    expect(frozen.status).toBe('FROZEN');
    expect({ ...frozen, status: 'OPEN' }).toEqual(open);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM annual_result WHERE district_id = $1 AND year = 2026`,
      [districtId],
    );
    expect(n).toBe(4);
    const audits = async (action: string) =>
      t.dataSource.query(
        `SELECT after FROM audit_event WHERE district_id = $1 AND action = $2 ORDER BY created_at`,
        [districtId, action],
      );
    expect(await audits('ANNUAL_FROZEN')).toHaveLength(1);

    // The annual workbook prints the same figures: year on year, the distribution, the capped branch and why.
    const workbook = await download(t, `/api/reports/annual.xlsx?unitId=${districtId}&year=2026`, token);
    // Named as the year's data, apart from the 年度通报 PDF beside it.
    expect(workbook.headers.get('content-disposition')).toContain(
      encodeURIComponent('_2026年度_年度数据.xlsx'),
    );
    const book = XLSX.read(workbook.body, { type: 'buffer' });
    const sheet = (name: string) =>
      XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[name], { header: 1, defval: null });
    expect(sheet('汇总')).toEqual(
      expect.arrayContaining([
        ['年度平均分', 86.36],
        ['2025年度平均分', 81.25],
        ['同比变化', 5.11],
        ['等次被封顶支部数', 1],
      ]),
    );
    expect(sheet('封顶说明').slice(1)).toEqual([
      [
        a2.code,
        a2.name,
        '优秀',
        '合格',
        '第2季度一票否决（严重违纪），封顶为合格',
        expect.stringContaining('第2季度'),
      ],
    ]);
    expect(
      sheet('年度排名')
        .slice(1)
        .map((r) => [r[0], r[3]]),
    ).toEqual([
      [1, 94.25],
      [2, 90],
      [3, 88.69],
      [4, 72.5],
    ]);
    const pdf = await download(t, `/api/reports/annual.pdf?unitId=${districtId}&year=2026`, token);
    expect(pdf.status).toBe(200);
    expect(pdf.body.subarray(0, 4).toString()).toBe('%PDF');

    // A stored year is read as stored: a later change to a quarter's stored score moves nothing…
    await t.dataSource.query(
      `UPDATE assessment SET status = 'APPROVED' WHERE branch_id = $1 AND period_id = $2`,
      [b1.id, periods['2026Q2']],
    );
    expect(await board()).toEqual(frozen);
    // …until a quarter of the year is reopened: the year is CHANGED (audited) and computed live.
    await ok(
      `mutation ($id: ID!) { reopenPeriod(periodId: $id, reason: "复核更正") { status } }`,
      { id: periods['2026Q2'] },
      token,
    );
    const changed = await board();
    expect(changed.status).toBe('CHANGED');
    // b1 now counts Q2: (70 + 80 + 75 + 72.5) / 4 = 74.375 → 74.38.
    expect(changed.branches.find((x) => x.name === b1.name)!.total).toBe(74.38);
    expect(await audits('ANNUAL_CHANGED')).toEqual([{ after: { status: 'CHANGED', reopened: '2026Q2' } }]);
    await close('2026Q2');
    const again = await board();
    expect(again.status).toBe('FROZEN');
    expect(again.branches.find((x) => x.name === b1.name)!.total).toBe(74.38);
    const [recomputed] = await audits('ANNUAL_RECOMPUTED');
    expect(recomputed.after.changes).toEqual([
      { branchId: b1.id, before: { total: 72.5, grade: 'PASS' }, after: { total: 74.38, grade: 'PASS' } },
    ]);
  });

  it('a branch reads its own year only; committee roles read any unit in scope', async () => {
    const tree = await seedOrgTree(t.dataSource, 'AB-');
    const [a1, a2] = tree.branches;
    const districtId = tree.district.id;
    const periodId = await seedPeriod(t.dataSource, districtId, '2026Q1', frameworkId);
    await seedScores(t.dataSource, { districtId, periodId, frameworkId }, [
      { branchId: a1.id, spec: { total: 81.5 } },
      { branchId: a2.id, spec: { total: 93 } },
    ]);
    const branchUser = await createUserFixture(t.dataSource, { role: Role.BRANCH, scopeUnitId: a1.id });
    const token = t.signToken(branchUser.user);
    const own = await ok<{
      branchAnnual: { total: number; rank: number; peerCount: number; grade: { code: string } };
    }>(BRANCH_ANNUAL, { branchId: a1.id, year: 2026 }, token);
    expect(own.branchAnnual).toMatchObject({ total: 81.5, grade: { code: 'GOOD' }, rank: 2, peerCount: 2 });
    const pdf = await download(t, `/api/reports/branch-annual.pdf?branchId=${a1.id}&year=2026`, token);
    expect(pdf.status).toBe(200);
    expect(pdf.body.subarray(0, 4).toString()).toBe('%PDF');
    const foreign = await download(t, `/api/reports/branch-annual.pdf?branchId=${a2.id}&year=2026`, token);
    expect(foreign.status).toBe(404);
    const other = await t.gql(BRANCH_ANNUAL, { branchId: a2.id, year: 2026 }, token);
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const cmp = await t.gql(
      `query ($ids: [ID!]!) { annualCompare(branchIds: $ids, year: 2026) { total } }`,
      { ids: [a1.id, a2.id] },
      token,
    );
    expect(cmp.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const ownTrend = await ok<{ annualTrend: { year: number; mean: number }[] }>(
      `query ($u: ID!) { annualTrend(unitId: $u, fromYear: 2026, toYear: 2026) { year mean } }`,
      { u: a1.id },
      token,
    );
    expect(ownTrend.annualTrend).toEqual([{ year: 2026, mean: 81.5 }]);
    const otherTrend = await t.gql(
      `query ($u: ID!) { annualTrend(unitId: $u, fromYear: 2026, toYear: 2026) { year } }`,
      { u: a2.id },
      token,
    );
    expect(otherTrend.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const board = await t.gql(ANNUAL, { unitId: a1.id, year: 2026 }, token);
    expect(board.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await t.gql(ANNUAL, { unitId: districtId, year: 20260 }, token);
    expect(bad.errors).toBeDefined();
    const viewer = await createUserFixture(t.dataSource, { role: Role.VIEWER, scopeUnitId: districtId });
    const missingYear = await t.gql(ANNUAL, { unitId: districtId, year: 2024 }, t.signToken(viewer.user));
    expect(missingYear.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
