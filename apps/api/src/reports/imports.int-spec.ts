import * as XLSX from 'xlsx';
import { defaultFramework } from '@pathboard/frameworks';
import { scoreDual, type IndicatorValuePair, type ValueMap } from '@pathboard/scoring';
import { createTestApp, type TestApp } from '../../test/test-app';
import { CLOSE_PERIOD, COMMUNITY_VALUES, IMPORT_FRAMEWORK } from '../assessments/testing/assessment-ops';
import type { ImportResult } from './values-import.service';
import { download, editSheet, fillAssessment, fillTemplate, getAssessment, seedWorld, upload, type AssessmentView, type World } from './testing/report-ops';

interface ImportRefusal {
  code: string;
  reason: string;
  message: string;
  errors: { row: number | null; column: string | null; field: string | null; code: string; reason: { zh: string; en: string } }[];
}

const PERIOD = '2026Q4';
const RURAL_VALUES = { ...COMMUNITY_VALUES, ORG_MEETINGS: { numerator: 12, denominator: 12 }, ORG_RURAL_REVITALIZATION: 1 } as ValueMap;

describe('spreadsheet import (HTTP)', () => {
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

  const templateOf = async (unitId: string, token: string) => {
    const res = await download(t, `/api/imports/template.xlsx?unitId=${unitId}&period=${PERIOD}`, token);
    expect(res.status).toBe(200);
    return res.body;
  };
  const importFile = (token: string, file: Buffer, dryRun = false) => upload(t, `/api/imports/values?period=${PERIOD}&dryRun=${dryRun}`, token, file);
  const snapshot = async (w: World): Promise<AssessmentView[]> => Promise.all(w.tree.branches.map((b) => getAssessment(t, w.tokens.admin, b.id, PERIOD)));
  const auditCount = async (w: World, action: string): Promise<number> => {
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = $1 AND district_id = $2`, [action, w.tree.district.id]);
    return n;
  };
  /** The values as libs/scoring takes them, from the assessment query. */
  const pairsOf = (a: AssessmentView): Record<string, IndicatorValuePair> =>
    Object.fromEntries(a.values.map((v) => [v.indicatorCode, { self: v.selfValue, reviewed: v.reviewedValue ?? undefined } as IndicatorValuePair]));
  const selfPairs = (values: Record<string, unknown>): Record<string, IndicatorValuePair> =>
    Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { self: v } as IndicatorValuePair]));

  it('template → fill → import: counts per branch, scores equal libs/scoring on the same values, one version bump, audited', async () => {
    const w = await seedWorld(t, 'IM', frameworkId, [PERIOD]);
    const [a1, a2] = w.tree.branches;
    const saved = await fillAssessment(t, w, 0, PERIOD, { ORG_MEETINGS: { numerator: 5, denominator: 12 }, ORG_THEME_DAYS: 2 });

    const tpl = await download(t, `/api/imports/template.xlsx?unitId=${w.tree.streets[0].id}&period=${PERIOD}`, w.tokens.reviewer);
    expect(tpl.status).toBe(200);
    expect(tpl.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(tpl.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('IMA街道_2026Q4_导入模板.xlsx')}`);
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(XLSX.read(tpl.body, { type: 'buffer' }).Sheets['填报']).slice(1);
    expect(rows.map((r) => r['BRANCH_CODE'])).toEqual(['IMB-A1', 'IMB-A2']);
    expect(rows[0]).toMatchObject({ 'ORG_MEETINGS.numerator': 5, 'ORG_MEETINGS.denominator': 12, ORG_THEME_DAYS: 2 });

    const filled = await fillTemplate(tpl.body, defaultFramework, { 'IMB-A1': COMMUNITY_VALUES as ValueMap, 'IMB-A2': RURAL_VALUES });
    const res = await importFile(w.tokens.reviewer, filled);
    expect(res.status).toBe(200);
    const body = res.json<ImportResult>();
    const n = Object.keys(COMMUNITY_VALUES).length;
    expect(body).toMatchObject({ period: PERIOD, dryRun: false, applied: true });
    expect(body.branches).toEqual([
      { row: 3, branchId: a1.id, code: 'IMB-A1', name: 'IMB-A1', imported: n - 2, updated: 1, unchanged: 1 },
      { row: 4, branchId: a2.id, code: 'IMB-A2', name: 'IMB-A2', imported: n + 1, updated: 0, unchanged: 0 },
    ]);
    expect(body).toMatchObject({ counts: { imported: 2 * n - 1, updated: 1, unchanged: 1 }, rows: 2, changedBranches: 2 });

    for (const [branch, values, sector] of [[a1, COMMUNITY_VALUES, 'COMMUNITY'], [a2, RURAL_VALUES, 'RURAL']] as const) {
      const a = await getAssessment(t, w.tokens.admin, branch.id, PERIOD);
      expect(Object.fromEntries(a.values.map((v) => [v.indicatorCode, v.selfValue]))).toEqual(values);
      const expected = scoreDual(defaultFramework, pairsOf(a), { sector });
      expect(a.selfScore).toMatchObject({ total: expected.self.total, gradeCode: expected.self.grade.code });
      expect(a.officialScore).toMatchObject({ total: expected.official.total, gradeCode: expected.official.grade.code });
      // The same figures as entering the values by hand: scored from the file's values directly.
      const direct = scoreDual(defaultFramework, selfPairs(values), { sector });
      expect(a.selfScore!.total).toBe(direct.self.total);
    }
    expect((await getAssessment(t, w.tokens.admin, a1.id, PERIOD)).version).toBe(saved.version + 1);
    expect((await getAssessment(t, w.tokens.admin, a2.id, PERIOD)).version).toBe(2);

    const events: { action: string; target_id: string; before: { version: number }; after: { version: number; values: Record<string, unknown> } }[] = await t.dataSource.query(
      `SELECT action, target_id, before, after FROM audit_event WHERE district_id = $1 AND action IN ('IMPORT', 'VALUES_IMPORTED') ORDER BY id`,
      [w.tree.district.id],
    );
    expect(events.map((e) => e.action)).toEqual(['IMPORT', 'IMPORT', 'VALUES_IMPORTED']);
    expect(events[0]).toMatchObject({ target_id: saved.id, before: { version: saved.version }, after: { version: saved.version + 1 } });
    expect(Object.keys(events[0].after.values)).toHaveLength(n - 1);
    expect(events[0].after.values['ORG_MEETINGS']).toEqual({ self: { numerator: 11, denominator: 12 } });
    expect(events[2].after).toMatchObject({ period: PERIOD, counts: body.counts, rows: 2 });
  });

  it('a dry run reports the same counts and changes nothing', async () => {
    const w = await seedWorld(t, 'DR', frameworkId, [PERIOD]);
    const filled = await fillTemplate(await templateOf(w.tree.district.id, w.tokens.admin), defaultFramework, { 'DRB-B1': COMMUNITY_VALUES as ValueMap });
    const before = await snapshot(w);
    const dry = await importFile(w.tokens.admin, filled, true);
    expect(dry.status).toBe(200);
    const dryResult = dry.json<ImportResult>();
    expect(dryResult).toMatchObject({ dryRun: true, applied: false, rows: 4, changedBranches: 1 });
    expect(dryResult.counts).toEqual({ imported: Object.keys(COMMUNITY_VALUES).length, updated: 0, unchanged: 0 });
    expect(await snapshot(w)).toEqual(before);
    expect(await auditCount(w, 'IMPORT')).toBe(0);
    expect(await auditCount(w, 'VALUES_IMPORTED')).toBe(0);

    const real = await importFile(w.tokens.admin, filled);
    expect(real.json<ImportResult>()).toEqual({ ...dryResult, dryRun: false, applied: true });
  });

  it('re-importing the same file (or the re-downloaded template) says unchanged and changes nothing', async () => {
    const w = await seedWorld(t, 'RE', frameworkId, [PERIOD]);
    const filled = await fillTemplate(await templateOf(w.tree.district.id, w.tokens.admin), defaultFramework, {
      'REB-A1': COMMUNITY_VALUES as ValueMap,
      'REB-A2': RURAL_VALUES,
    });
    expect((await importFile(w.tokens.admin, filled)).status).toBe(200);
    const before = await snapshot(w);
    const audits = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE district_id = $1`, [w.tree.district.id]);

    for (const file of [filled, await templateOf(w.tree.district.id, w.tokens.admin)]) {
      const again = await importFile(w.tokens.admin, file);
      expect(again.status).toBe(200);
      const n = Object.keys(COMMUNITY_VALUES).length;
      expect(again.json<ImportResult>()).toMatchObject({ counts: { imported: 0, updated: 0, unchanged: 2 * n + 1 }, rows: 4, changedBranches: 0 });
    }
    expect(await snapshot(w)).toEqual(before);
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE district_id = $1`, [w.tree.district.id])).toEqual(audits);
  });

  it('refuses malformed files with every problem located (row, column, field, code, reason) and applies nothing', async () => {
    const w = await seedWorld(t, 'BAD', frameworkId, [PERIOD]);
    await fillAssessment(t, w, 0, PERIOD, { ORG_THEME_DAYS: 1 });
    const tpl = await templateOf(w.tree.streets[0].id, w.tokens.reviewer);
    const good = await fillTemplate(tpl, defaultFramework, { 'BADB-A1': COMMUNITY_VALUES as ValueMap, 'BADB-A2': RURAL_VALUES });
    const before = await snapshot(w);

    const refused = async (file: Buffer, expected: Partial<ImportRefusal['errors'][number]>[]) => {
      const res = await importFile(w.tokens.reviewer, file);
      expect(res.status).toBe(400);
      const body = res.json<ImportRefusal>();
      expect(body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_IMPORT' });
      expect(body.message).toContain('nothing was imported');
      for (const error of expected) expect(body.errors).toContainEqual(expect.objectContaining(error));
      for (const error of body.errors) {
        expect(Object.keys(error).sort()).toEqual(['code', 'column', 'field', 'reason', 'row']);
        expect(error.reason.zh).toBeTruthy();
        expect(error.reason.en).toBeTruthy();
      }
      return body.errors;
    };

    // Missing and extra columns.
    await refused(await editSheet(good, (sheet, col) => sheet.spliceColumns(col.get('ORG_THEME_DAYS')!, 1)), [
      { row: 1, column: null, field: 'ORG_THEME_DAYS', code: 'MISSING_COLUMN' },
    ]);
    await refused(await editSheet(good, (sheet) => void (sheet.getCell(1, sheet.columnCount + 1).value = 'EXTRA_COLUMN')), [
      { row: 1, field: 'EXTRA_COLUMN', code: 'UNKNOWN_COLUMN' },
    ]);
    // Text in a number cell, with the other row valid: still nothing is applied.
    const text = await refused(
      await editSheet(good, (sheet, col) => void (sheet.getCell(3, col.get('ORG_THEME_DAYS')!).value = '三次')),
      [{ row: 3, field: 'ORG_THEME_DAYS', code: 'NOT_A_NUMBER' }],
    );
    expect(text).toHaveLength(1);
    expect(text[0].column).toMatch(/^[A-Z]+$/);
    // Unknown codes: one that does not exist, one outside the reviewer's street.
    await refused(
      await editSheet(good, (sheet) => {
        sheet.getCell(3, 1).value = 'NOPE';
        sheet.getCell(4, 1).value = 'BADB-B1';
      }),
      [
        { row: 3, column: 'A', field: 'BRANCH_CODE', code: 'UNKNOWN_BRANCH' },
        { row: 4, column: 'A', field: 'BRANCH_CODE', code: 'UNKNOWN_BRANCH' },
      ],
    );
    // A duplicated row.
    await refused(
      await editSheet(good, (sheet) => {
        const copy = sheet.getRow(5);
        sheet.getRow(3).eachCell((cell, c) => void (copy.getCell(c).value = cell.value));
      }),
      [{ row: 5, column: 'A', field: 'BRANCH_CODE', code: 'DUPLICATE_BRANCH' }],
    );
    // A value the scoring rules refuse (numerator above denominator), located on its cell.
    await refused(await editSheet(good, (sheet, col) => void (sheet.getCell(4, col.get('ORG_MEETINGS.numerator')!).value = 13)), [
      { row: 4, field: 'ORG_MEETINGS.numerator' },
    ]);
    // Not a workbook at all, an empty body, a workbook without the data sheet's header.
    await refused(Buffer.from('%PDF-1.7 not a spreadsheet'), [{ row: null, column: null, field: null, code: 'NOT_A_WORKBOOK' }]);
    await refused(Buffer.alloc(0), [{ row: null, code: 'EMPTY_FILE' }]);
    await refused(await editSheet(good, (sheet) => sheet.spliceRows(1, 1)), [{ code: 'NO_HEADER' }]);

    expect(await snapshot(w)).toEqual(before);
    expect(await auditCount(w, 'IMPORT')).toBe(0);
    // And the good file goes through.
    expect((await importFile(w.tokens.reviewer, good)).status).toBe(200);
  });

  it('refuses a file naming a SUBMITTED or APPROVED assessment (per row) and applies none of it', async () => {
    const w = await seedWorld(t, 'ST', frameworkId, [PERIOD]);
    const tpl = await templateOf(w.tree.district.id, w.tokens.admin);
    const filled = await fillTemplate(tpl, defaultFramework, {
      'STB-A1': COMMUNITY_VALUES as ValueMap,
      'STB-A2': RURAL_VALUES,
      'STB-B1': COMMUNITY_VALUES as ValueMap,
    });
    await fillAssessment(t, w, 0, PERIOD, { ORG_THEME_DAYS: 3 }, 'SUBMITTED');
    await fillAssessment(t, w, 1, PERIOD, { ORG_THEME_DAYS: 3 }, 'APPROVED');
    const before = await snapshot(w);
    const res = await importFile(w.tokens.admin, filled);
    expect(res.status).toBe(400);
    const { errors } = res.json<ImportRefusal>();
    expect(errors).toEqual([
      expect.objectContaining({ row: 3, field: 'BRANCH_CODE', code: 'NOT_EDITABLE', reason: expect.objectContaining({ zh: expect.stringContaining('已提交') }) }),
      expect.objectContaining({ row: 4, field: 'BRANCH_CODE', code: 'NOT_EDITABLE', reason: expect.objectContaining({ en: expect.stringContaining('APPROVED') }) }),
    ]);
    expect(await snapshot(w)).toEqual(before);
    // A template made now lists the editable branches only.
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(XLSX.read(await templateOf(w.tree.district.id, w.tokens.admin), { type: 'buffer' }).Sheets['填报']).slice(1);
    expect(rows.map((r) => r['BRANCH_CODE'])).toEqual(['STB-B1', 'STB-B2']);
  });

  it('roles, scope and period state: VIEWER refused, BRANCH its own row only, closed period refused, multipart or raw body', async () => {
    const w = await seedWorld(t, 'AC', frameworkId, [PERIOD]);
    const [a1, a2] = w.tree.branches;
    const own = await templateOf(a1.id, w.tokens.branches[0]);
    expect((await download(t, `/api/imports/template.xlsx?unitId=${a2.id}&period=${PERIOD}`, w.tokens.branches[0])).status).toBe(403);
    expect((await download(t, `/api/imports/template.xlsx?unitId=${w.tree.district.id}&period=${PERIOD}`, w.tokens.viewer)).status).toBe(403);
    expect((await download(t, `/api/imports/template.xlsx?unitId=${w.tree.streets[1].id}&period=${PERIOD}`, w.tokens.reviewer)).status).toBe(403);

    const mine = await fillTemplate(own, defaultFramework, { 'ACB-A1': { ORG_THEME_DAYS: 3 } });
    const ok = await importFile(w.tokens.branches[0], mine);
    expect(ok.status).toBe(200);
    expect(ok.json<ImportResult>()).toMatchObject({ counts: { imported: 1, updated: 0, unchanged: 0 }, rows: 1 });
    const foreign = await editSheet(mine, (sheet) => void (sheet.getCell(3, 1).value = 'ACB-A2'));
    const refused = await importFile(w.tokens.branches[0], foreign);
    expect(refused.status).toBe(400);
    expect(refused.json<ImportRefusal>().errors[0]).toMatchObject({ code: 'UNKNOWN_BRANCH' });

    // The web client's transport: multipart/form-data, field "file".
    const form = new FormData();
    form.append('file', new Blob([mine], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), 'filled.xlsx');
    const multipart = await fetch(`${t.url}/api/imports/values?period=${PERIOD}&dryRun=true`, { method: 'POST', headers: { authorization: `Bearer ${w.tokens.branches[0]}` }, body: form });
    expect(multipart.status).toBe(200);
    expect(await multipart.json()).toMatchObject({ dryRun: true, counts: { imported: 0, updated: 0, unchanged: 1 } });

    const viewer = await importFile(w.tokens.viewer, mine);
    expect(viewer.status).toBe(403);
    const [{ n: denied }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'ACCESS_DENIED' AND after ->> 'attemptedAction' = 'import.values'`);
    expect(denied).toBeGreaterThanOrEqual(1);

    expect((await upload(t, `/api/imports/values?period=${PERIOD}`, w.tokens.admin, mine, 'multipart/form-data; boundary=x')).status).toBe(400);
    expect((await upload(t, `/api/imports/values?period=${PERIOD}`, w.tokens.admin, Buffer.from('{}'), 'application/json')).status).toBe(415);
    expect((await upload(t, `/api/imports/values?period=${PERIOD}&dryRun=maybe`, w.tokens.admin, mine)).status).toBe(400);
    expect((await upload(t, `/api/imports/values?period=2030Q1`, w.tokens.admin, mine)).status).toBe(404);
    expect((await upload(t, `/api/imports/values?period=${PERIOD}`, w.tokens.admin, mine, 'application/octet-stream')).status).toBe(200);

    const [{ id }] = await t.dataSource.query(`SELECT id FROM period WHERE district_id = $1 AND code = $2`, [w.tree.district.id, PERIOD]);
    expect((await t.gql(CLOSE_PERIOD, { id }, w.tokens.admin)).errors).toBeUndefined();
    const closed = await importFile(w.tokens.branches[0], mine);
    expect(closed.status).toBe(400);
    expect(closed.json()).toMatchObject({ reason: 'PERIOD_CLOSED' });
    expect((await download(t, `/api/imports/template.xlsx?unitId=${a1.id}&period=${PERIOD}`, w.tokens.branches[0])).status).toBe(400);
  });
});
