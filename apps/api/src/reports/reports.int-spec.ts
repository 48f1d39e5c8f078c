import * as XLSX from 'xlsx';
import { createTestApp, type TestApp } from '../../test/test-app';
import { GET_ASSESSMENT } from '../assessments/testing/assessment-ops';
import {
  countStatements,
  download,
  getAssessment,
  pdfText,
  seedWorld,
  type World,
} from './testing/report-ops';
import { importDefaultFramework, reportedTotals, rankOf, seedQuarters } from './testing/suite-data';

describe('quarterly report downloads (HTTP)', () => {
  let t: TestApp;
  let frameworkId: string;

  beforeAll(async () => {
    t = await createTestApp();
    frameworkId = await importDefaultFramework(t);
  });
  afterAll(() => t?.close());

  it('quarterly.xlsx: streamed workbook whose ranking equals the stored totals, with a UTF-8 file name', async () => {
    const w = await seedQuarters(t, frameworkId, 'XL');
    const res = await download(
      t,
      `/api/reports/quarterly.xlsx?unitId=${w.tree.district.id}&period=2026Q4`,
      w.tokens.admin,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers.get('content-disposition')).toBe(
      // The data workbook, named apart from the quarter's report PDF.
      `attachment; filename="XLD_2026Q4_assessment-data.xlsx"; filename*=UTF-8''${encodeURIComponent('XL区_2026Q4_考评数据.xlsx')}`,
    );
    expect(res.headers.get('cache-control')).toBe('no-store');

    const book = XLSX.read(res.body, { type: 'buffer' });
    expect(book.SheetNames).toEqual(
      expect.arrayContaining(['汇总', '排名', '指标数据', '完成情况', '自评偏差', '审核调整']),
    );
    // The one reviewed value of the suite (A1's meetings, 12 → 9 of 12), with the reason it was given.
    const [, ...adjusted] = XLSX.utils.sheet_to_json<(string | number | null)[]>(book.Sheets['审核调整'], {
      header: 1,
      defval: null,
    });
    expect(adjusted).toEqual([
      [
        w.tree.branches[0].code,
        w.tree.branches[0].name,
        '已审核',
        '组织建设',
        '三会一课落实率',
        '11/12',
        '9/12',
        '核查台账后调整',
      ],
    ]);
    const [header, ...rows] = XLSX.utils.sheet_to_json<(string | number | null)[]>(book.Sheets['排名'], {
      header: 1,
      defval: null,
    });
    const col = (name: string) => header.indexOf(name);
    const current = await reportedTotals(t, w, '2026Q4');
    const previous = await reportedTotals(t, w, '2026Q3');
    const assessed = [...current.values()].filter((v): v is number => v !== null);
    // A1 approved, A2 submitted; B1 is a draft with a stored (provisional) official score: not ranked.
    expect(assessed).toHaveLength(2);
    const b1 = await getAssessment(t, w.tokens.admin, w.tree.branches[2].id, '2026Q4');
    expect([b1.status, typeof b1.officialScore?.total]).toEqual(['DRAFT', 'number']);
    expect(rows.map((row) => row[col('支部编码')]).sort()).toEqual(w.tree.branches.map((b) => b.code).sort());
    for (const row of rows) {
      const code = String(row[col('支部编码')]);
      const total = current.get(code)!;
      expect(row[col('总分')]).toBe(total);
      expect(row[col('排名')]).toBe(total === null ? null : rankOf(total, assessed));
      expect(row[col('上期总分')]).toBe(previous.get(code) ?? null);
    }
    // Rows come in rank order, the unassessed branches (draft, untouched) last.
    expect(rows.map((row) => row[col('排名')])).toEqual([1, 2, null, null]);
    // The previous quarter the same way: A2's Q3 assessment stayed a draft.
    expect(previous.get(w.tree.branches[1].code)).toBeNull();

    // A path sheet: indicator points and path points as stored (A2 is rural: its extra indicator applies, unanswered: 0).
    const [, codes, ...pathRows] = XLSX.utils.sheet_to_json<(string | number | null)[]>(
      book.Sheets['组织建设'],
      { header: 1, defval: null },
    );
    const a2 = await t.gql<{
      assessment: {
        selfScore: {
          paths: { code: string; points: number; indicators: { code: string; points: number }[] }[];
        };
      };
    }>(GET_ASSESSMENT, { branchId: w.tree.branches[1].id, period: '2026Q4' }, w.tokens.admin);
    const organization = a2.data!.assessment.selfScore.paths.find((p) => p.code === 'ORGANIZATION')!;
    const a2Row = pathRows.find((row) => row[1] === 'XLB-A2')!;
    for (const indicator of organization.indicators) {
      if (codes.includes(indicator.code)) expect(a2Row[codes.indexOf(indicator.code)]).toBe(indicator.points);
    }
    expect(a2Row[codes.indexOf('ORG_RURAL_REVITALIZATION')]).toBe(0);
    expect(a2Row[codes.indexOf('ORGANIZATION')]).toBe(organization.points);
    // A1's official score uses the reviewer's 9 of 12 meetings: 25 × 9/12 = 18.75 (docs/domain.md rule, community branch).
    expect(pathRows.find((row) => row[1] === 'XLB-A1')![codes.indexOf('ORG_MEETINGS')]).toBe(18.75);
    // A community branch has no rural indicator: the cell stays empty.
    expect(
      pathRows.find((row) => row[1] === 'XLB-A1')![codes.indexOf('ORG_RURAL_REVITALIZATION')],
    ).toBeNull();
    // The reviewed value (9 of 12 meetings) is what the official total of A1 uses.
    const a1 = await getAssessment(t, w.tokens.admin, w.tree.branches[0].id, '2026Q4');
    expect(a1.officialScore!.total).toBeLessThan(a1.selfScore!.total);
  });

  it('quarterly.xlsx is scoped: a street reviewer gets its street only, never the district; BRANCH is refused', async () => {
    const w = await seedQuarters(t, frameworkId, 'SC');
    const street = await download(
      t,
      `/api/reports/quarterly.xlsx?unitId=${w.tree.streets[0].id}&period=2026Q4`,
      w.tokens.reviewer,
    );
    expect(street.status).toBe(200);
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(
      XLSX.read(street.body, { type: 'buffer' }).Sheets['排名'],
    );
    expect(rows.map((row) => row['支部编码']).sort()).toEqual(['SCB-A1', 'SCB-A2']);

    const district = await download(
      t,
      `/api/reports/quarterly.xlsx?unitId=${w.tree.district.id}&period=2026Q4`,
      w.tokens.reviewer,
    );
    // Out of scope answers as a missing unit (404), not 403 naming it.
    expect(district.status).toBe(404);
    expect(district.json()).toEqual({
      code: 'NOT_FOUND',
      entity: 'OrgUnit',
      id: w.tree.district.id,
      message: `OrgUnit ${w.tree.district.id} not found`,
    });
    const branch = await download(
      t,
      `/api/reports/quarterly.pdf?unitId=${w.tree.branches[0].id}&period=2026Q4`,
      w.tokens.branches[0],
    );
    expect(branch.status).toBe(403);
    const viewer = await download(
      t,
      `/api/reports/quarterly.xlsx?unitId=${w.tree.district.id}&period=2026Q4`,
      w.tokens.viewer,
    );
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
    expect(
      (await download(t, `/api/reports/quarterly.xlsx?unitId=nope&period=2026Q4`, w.tokens.admin)).status,
    ).toBe(400);
    expect((await download(t, `${base}`, w.tokens.admin)).status).toBe(400);
    expect((await download(t, `${base}&period=2025Q1`, w.tokens.admin)).status).toBe(404);
    const unknownUnit = await download(
      t,
      `/api/reports/quarterly.xlsx?unitId=00000000-0000-4000-8000-000000000000&period=2026Q4`,
      w.tokens.admin,
    );
    expect(unknownUnit.status).toBe(404);
  });

  it('quarterly.pdf: Chinese headings and each branch total are extractable text', async () => {
    const w = await seedQuarters(t, frameworkId, 'PD');
    const res = await download(
      t,
      `/api/reports/quarterly.pdf?unitId=${w.tree.district.id}&period=2026Q4`,
      w.tokens.viewer,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="PDD_2026Q4_quarterly-report.pdf"; filename*=UTF-8''${encodeURIComponent('PD区_2026Q4_季度通报.pdf')}`,
    );
    expect(res.body.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(res.body);
    expect(text).toContain('PD区2026年第四季度基层党建考评通报');
    expect(text).toContain('一、总体情况');
    expect(text).toContain('六、排名表');
    const totals = await reportedTotals(t, w, '2026Q4');
    for (const branch of w.tree.branches.slice(0, 2)) {
      const line = text
        .split('\n')
        .find((l) => l.includes(branch.name) && l.includes('A街道') === branch.code.includes('-A'));
      expect(line).toBeDefined();
      expect(line).toContain(totals.get(branch.code)!.toFixed(2));
    }
    // B1's draft is not assessed in a committee report: listed among the unfinished, its score nowhere.
    const b1 = await getAssessment(t, w.tokens.admin, w.tree.branches[2].id, '2026Q4');
    expect(text).toMatch(new RegExp(`尚未完成考评的党支部2个：.*${w.tree.branches[2].code}`));
    expect(text).not.toContain(b1.officialScore!.total.toFixed(2));
  });

  it('a client that goes away mid-download leaves the server serving', async () => {
    const w = await seedQuarters(t, frameworkId, 'AB');
    for (const file of ['quarterly.pdf', 'quarterly.xlsx']) {
      const abort = new AbortController();
      const res = await fetch(`${t.url}/api/reports/${file}?unitId=${w.tree.district.id}&period=2026Q4`, {
        headers: { authorization: `Bearer ${w.tokens.admin}` },
        signal: abort.signal,
      });
      expect(res.status).toBe(200);
      abort.abort();
    }
    const after = await download(
      t,
      `/api/reports/quarterly.pdf?unitId=${w.tree.district.id}&period=2026Q4`,
      w.tokens.admin,
    );
    expect(after.status).toBe(200);
    expect(pdfText(after.body)).toContain('六、排名表');
  });

  it('reads the report figures with a fixed number of statements, whatever the number of branches', async () => {
    const small = await seedQuarters(t, frameworkId, 'Q4S');
    // Four more branches, each with values and scores in both quarters.
    const large = await seedQuarters(t, frameworkId, 'Q4L', 4);
    const count = async (w: World) => {
      const counter = countStatements(t.dataSource);
      try {
        const res = await download(
          t,
          `/api/reports/quarterly.xlsx?unitId=${w.tree.district.id}&period=2026Q4`,
          w.tokens.admin,
        );
        expect(res.status).toBe(200);
      } finally {
        counter.stop();
      }
      return counter.statements.length;
    };
    const smallCount = await count(small);
    expect(await count(large)).toBe(smallCount);
    // auth (user + scope) + unit/period + framework (cached) + branches, scores, values, previous totals
    // + the unclosed rectification items (整改事项 section)
    expect(smallCount).toBeLessThanOrEqual(9);
  });
});
