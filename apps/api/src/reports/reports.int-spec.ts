import * as XLSX from 'xlsx';
import { defaultFramework } from '@pathboard/frameworks';
import { createTestApp, type TestApp } from '../../test/test-app';
import { COMMUNITY_VALUES, GET_ASSESSMENT, IMPORT_FRAMEWORK } from '../assessments/testing/assessment-ops';
import { countStatements, download, fillAssessment, getAssessment, pdfText, seedWorld, type World } from './testing/report-ops';

const variant = (meetings: number, themeDays: number) => ({ ...COMMUNITY_VALUES, ORG_MEETINGS: { numerator: meetings, denominator: 12 }, ORG_THEME_DAYS: themeDays });

/** Competition rank (1, 2, 2, 4) of each total among the totals. */
const rankOf = (total: number, totals: number[]) => 1 + totals.filter((other) => other > total).length;

describe('report downloads (HTTP)', () => {
  let t: TestApp;
  let frameworkId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const w = await seedWorld(t, 'SETUP', '00000000-0000-0000-0000-000000000000', []);
    const r = await t.gql<{ importFramework: { id: string } }>(IMPORT_FRAMEWORK, { d: defaultFramework }, w.tokens.admin);
    expect(r.errors).toBeUndefined();
    frameworkId = r.data!.importFramework.id;
  });
  afterAll(() => t?.close());

  /** Q3 and Q4 of a fresh district: A1 approved with a reviewed value, A2 submitted, B1 draft, B2 untouched. */
  async function seedQuarters(prefix: string): Promise<World> {
    const w = await seedWorld(t, prefix, frameworkId, ['2026Q3', '2026Q4']);
    await fillAssessment(t, w, 0, '2026Q3', variant(12, 3), 'APPROVED');
    await fillAssessment(t, w, 2, '2026Q3', variant(8, 1), 'APPROVED');
    await fillAssessment(t, w, 1, '2026Q3', variant(10, 2));
    await fillAssessment(t, w, 0, '2026Q4', variant(11, 2), 'APPROVED', [{ indicatorCode: 'ORG_MEETINGS', value: { numerator: 9, denominator: 12 } }]);
    await fillAssessment(t, w, 1, '2026Q4', variant(12, 3), 'SUBMITTED');
    await fillAssessment(t, w, 2, '2026Q4', variant(6, 0));
    return w;
  }

  /** The stored OFFICIAL totals by branch code, read through the GraphQL API. */
  async function officialTotals(w: World, period: string): Promise<Map<string, number | null>> {
    const totals = new Map<string, number | null>();
    for (const branch of w.tree.branches) {
      const a = await getAssessment(t, w.tokens.admin, branch.id, period);
      totals.set(branch.code, a.officialScore?.total ?? null);
    }
    return totals;
  }

  it('quarterly.xlsx: streamed workbook whose ranking equals the stored totals, with a UTF-8 file name', async () => {
    const w = await seedQuarters('XL');
    const res = await download(t, `/api/reports/quarterly.xlsx?unitId=${w.tree.district.id}&period=2026Q4`, w.tokens.admin);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="XLD_2026Q4_quarterly-report.xlsx"; filename*=UTF-8''${encodeURIComponent('XL区_2026Q4_季度通报.xlsx')}`,
    );
    expect(res.headers.get('cache-control')).toBe('no-store');

    const book = XLSX.read(res.body, { type: 'buffer' });
    expect(book.SheetNames).toEqual(expect.arrayContaining(['汇总', '排名', '指标数据', '完成情况', '自评偏差']));
    const [header, ...rows] = XLSX.utils.sheet_to_json<(string | number | null)[]>(book.Sheets['排名'], { header: 1, defval: null });
    const col = (name: string) => header.indexOf(name);
    const current = await officialTotals(w, '2026Q4');
    const previous = await officialTotals(w, '2026Q3');
    const assessed = [...current.values()].filter((v): v is number => v !== null);
    expect(assessed).toHaveLength(3);
    expect(rows.map((row) => row[col('支部编码')]).sort()).toEqual(w.tree.branches.map((b) => b.code).sort());
    for (const row of rows) {
      const code = String(row[col('支部编码')]);
      const total = current.get(code)!;
      expect(row[col('总分')]).toBe(total);
      expect(row[col('排名')]).toBe(total === null ? null : rankOf(total, assessed));
      expect(row[col('上期总分')]).toBe(previous.get(code) ?? null);
    }
    // Rows come in rank order, the unassessed branch last.
    expect(rows.map((row) => row[col('排名')])).toEqual([1, 2, 3, null]);

    // A path sheet: indicator points and path points as stored (A2 is rural: its extra indicator applies, unanswered: 0).
    const [, codes, ...pathRows] = XLSX.utils.sheet_to_json<(string | number | null)[]>(book.Sheets['组织建设'], { header: 1, defval: null });
    const a2 = await t.gql<{ assessment: { selfScore: { paths: { code: string; points: number; indicators: { code: string; points: number }[] }[] } } }>(
      GET_ASSESSMENT,
      { branchId: w.tree.branches[1].id, period: '2026Q4' },
      w.tokens.admin,
    );
    const organization = a2.data!.assessment.selfScore.paths.find((p) => p.code === 'ORGANIZATION')!;
    const a2Row = pathRows.find((row) => row[1] === 'XLB-A2')!;
    for (const indicator of organization.indicators) {
      if (codes.includes(indicator.code)) expect(a2Row[codes.indexOf(indicator.code)]).toBe(indicator.points);
    }
    expect(a2Row[codes.indexOf('ORG_RURAL_REVITALIZATION')]).toBe(0);
    expect(a2Row[codes.indexOf('ORGANIZATION')]).toBe(organization.points);
    // A1's official score uses the reviewer's 9 of 12 meetings: 25 × 9/12 = 18.75 (DOMAIN.md rule, community branch).
    expect(pathRows.find((row) => row[1] === 'XLB-A1')![codes.indexOf('ORG_MEETINGS')]).toBe(18.75);
    // A community branch has no rural indicator: the cell stays empty.
    expect(pathRows.find((row) => row[1] === 'XLB-A1')![codes.indexOf('ORG_RURAL_REVITALIZATION')]).toBeNull();
    // The reviewed value (9 of 12 meetings) is what the official total of A1 uses.
    const a1 = await getAssessment(t, w.tokens.admin, w.tree.branches[0].id, '2026Q4');
    expect(a1.officialScore!.total).toBeLessThan(a1.selfScore!.total);
  });

  it('quarterly.xlsx is scoped: a street reviewer gets its street only, never the district; BRANCH is refused', async () => {
    const w = await seedQuarters('SC');
    const street = await download(t, `/api/reports/quarterly.xlsx?unitId=${w.tree.streets[0].id}&period=2026Q4`, w.tokens.reviewer);
    expect(street.status).toBe(200);
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(XLSX.read(street.body, { type: 'buffer' }).Sheets['排名']);
    expect(rows.map((row) => row['支部编码']).sort()).toEqual(['SCB-A1', 'SCB-A2']);

    const district = await download(t, `/api/reports/quarterly.xlsx?unitId=${w.tree.district.id}&period=2026Q4`, w.tokens.reviewer);
    expect(district.status).toBe(403);
    expect(district.json()).toMatchObject({ code: 'FORBIDDEN' });
    const branch = await download(t, `/api/reports/quarterly.pdf?unitId=${w.tree.branches[0].id}&period=2026Q4`, w.tokens.branches[0]);
    expect(branch.status).toBe(403);
    const viewer = await download(t, `/api/reports/quarterly.xlsx?unitId=${w.tree.district.id}&period=2026Q4`, w.tokens.viewer);
    expect(viewer.status).toBe(200);
  });

  it('answers 401 without a token, 400 for bad parameters, 404 for an unknown unit or period', async () => {
    const w = await seedWorld(t, 'ER', frameworkId, ['2026Q4']);
    const base = `/api/reports/quarterly.xlsx?unitId=${w.tree.district.id}`;
    expect((await download(t, `${base}&period=2026Q4`)).status).toBe(401);
    expect((await download(t, `${base}&period=2026Q4`, 'not-a-token')).status).toBe(401);
    const bad = await download(t, `${base}&period=2026-4`, w.tokens.admin);
    expect(bad.status).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await download(t, `/api/reports/quarterly.xlsx?unitId=nope&period=2026Q4`, w.tokens.admin)).status).toBe(400);
    expect((await download(t, `${base}`, w.tokens.admin)).status).toBe(400);
    expect((await download(t, `${base}&period=2025Q1`, w.tokens.admin)).status).toBe(404);
    const unknownUnit = await download(t, `/api/reports/quarterly.xlsx?unitId=00000000-0000-4000-8000-000000000000&period=2026Q4`, w.tokens.admin);
    expect(unknownUnit.status).toBe(404);
  });

  it('quarterly.pdf: Chinese headings and each branch total are extractable text', async () => {
    const w = await seedQuarters('PD');
    const res = await download(t, `/api/reports/quarterly.pdf?unitId=${w.tree.district.id}&period=2026Q4`, w.tokens.viewer);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('PD区_2026Q4_季度通报.pdf')}`);
    expect(res.body.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(res.body);
    expect(text).toContain('PD区2026年第四季度基层党建考评通报');
    expect(text).toContain('一、总体情况');
    expect(text).toContain('六、排名表');
    const totals = await officialTotals(w, '2026Q4');
    for (const branch of w.tree.branches.slice(0, 3)) {
      const line = text.split('\n').find((l) => l.includes(branch.name) && l.includes('A街道') === (branch.code.includes('-A')));
      expect(line).toBeDefined();
      expect(line).toContain(totals.get(branch.code)!.toFixed(2));
    }
  });

  it('branch.pdf: a BRANCH user gets its own report (peers as figures only) and is refused another branch (403, audited)', async () => {
    const w = await seedQuarters('BR');
    const own = await download(t, `/api/reports/branch.pdf?branchId=${w.tree.branches[0].id}&period=2026Q4`, w.tokens.branches[0]);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('application/pdf');
    expect(own.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('BRB-A1_2026Q4_考评报告.pdf')}`);
    const text = pdfText(own.body);
    const a1 = await getAssessment(t, w.tokens.admin, w.tree.branches[0].id, '2026Q4');
    expect(text).toContain('BRB-A1');
    expect(text).toContain(a1.officialScore!.total.toFixed(2));
    expect(text).toContain('同一上级排名');
    // The peer (A2, same street) is counted, never named.
    const a2 = await getAssessment(t, w.tokens.admin, w.tree.branches[1].id, '2026Q4');
    const totals = [a1.officialScore!.total, a2.officialScore!.total];
    expect(text).toContain(`${rankOf(a1.officialScore!.total, totals)}/2`);
    expect(text).not.toContain('BRB-A2');

    const foreign = await download(t, `/api/reports/branch.pdf?branchId=${w.tree.branches[1].id}&period=2026Q4`, w.tokens.branches[0]);
    expect(foreign.status).toBe(403);
    expect(foreign.json()).toMatchObject({ code: 'FORBIDDEN' });
    const audit: { after: { attemptedAction: string; reason: string } }[] = await t.dataSource.query(
      `SELECT after FROM audit_event WHERE action = 'ACCESS_DENIED' AND actor_id = $1 AND target_id = $2`,
      [w.branchUserIds[0], w.tree.branches[1].id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].after).toMatchObject({ attemptedAction: 'report.branch.pdf', reason: 'SCOPE' });

    // Committee roles read any branch in scope; a street reviewer not the other street's.
    expect((await download(t, `/api/reports/branch.pdf?branchId=${w.tree.branches[1].id}&period=2026Q4`, w.tokens.reviewer)).status).toBe(200);
    expect((await download(t, `/api/reports/branch.pdf?branchId=${w.tree.branches[2].id}&period=2026Q4`, w.tokens.reviewer)).status).toBe(403);
    const street = await download(t, `/api/reports/branch.pdf?branchId=${w.tree.streets[0].id}&period=2026Q4`, w.tokens.admin);
    expect(street.status).toBe(400);
    expect(street.json()).toMatchObject({ reason: 'NOT_A_BRANCH' });
    // A branch without any value still gets its page.
    expect((await download(t, `/api/reports/branch.pdf?branchId=${w.tree.branches[3].id}&period=2026Q4`, w.tokens.branches[3])).status).toBe(200);
  });

  it('reads the report figures with a fixed number of statements, whatever the number of branches', async () => {
    const small = await seedQuarters('Q4S');
    const large = await seedQuarters('Q4L');
    // Four more assessed branches in the large district's street A.
    const { createUnitFixture } = await import('../../test/fixtures');
    const { OrgUnitKind, Sector } = await import('../org-units/org-unit.enums');
    for (let i = 0; i < 4; i++) {
      await createUnitFixture(t.dataSource, { parent: large.tree.streets[0], kind: OrgUnitKind.BRANCH, code: `Q4L-X${i}`, sector: Sector.ORGAN, memberCount: 10 });
    }
    const count = async (w: World) => {
      const counter = countStatements(t.dataSource);
      try {
        const res = await download(t, `/api/reports/quarterly.xlsx?unitId=${w.tree.district.id}&period=2026Q4`, w.tokens.admin);
        expect(res.status).toBe(200);
      } finally {
        counter.stop();
      }
      return counter.statements.length;
    };
    const smallCount = await count(small);
    expect(await count(large)).toBe(smallCount);
    // auth (user + scope) + unit/period + framework (cached) + branches, scores, values, previous totals
    expect(smallCount).toBeLessThanOrEqual(8);
  });
});
