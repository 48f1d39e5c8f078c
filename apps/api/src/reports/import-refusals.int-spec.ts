import * as XLSX from 'xlsx';
import { zipBombWorkbook } from '@pathboard/reports/testing';
import { defaultFramework } from '@pathboard/frameworks';
import type { ValueMap } from '@pathboard/scoring';
import { createTestApp, type TestApp } from '../../test/test-app';
import { CLOSE_PERIOD, COMMUNITY_VALUES } from '../assessments/testing/assessment-ops';
import type { ImportResult } from './values-import.service';
import { download, editSheet, fillAssessment, fillTemplate, seedWorld, upload } from './testing/report-ops';
import {
  auditCount,
  importDefaultFramework,
  importFile,
  PERIOD,
  RURAL_VALUES,
  snapshot,
  templateOf,
  type ImportRefusal,
} from './testing/suite-data';

const SET_ACTIVE = `mutation ($id: ID!, $active: Boolean!) { updateOrgUnit(id: $id, input: { active: $active }) { id } }`;

describe('spreadsheet import refusals (HTTP)', () => {
  let t: TestApp;
  let frameworkId: string;

  beforeAll(async () => {
    t = await createTestApp();
    frameworkId = await importDefaultFramework(t);
  });
  afterAll(() => t?.close());

  it('refuses malformed files with every problem located (row, column, field, code, reason) and applies nothing', async () => {
    const w = await seedWorld(t, 'BAD', frameworkId, [PERIOD]);
    await fillAssessment(t, w, 0, PERIOD, { ORG_THEME_DAYS: 1 });
    const tpl = await templateOf(t, w.tree.streets[0].id, w.tokens.reviewer);
    const good = await fillTemplate(tpl, defaultFramework, {
      'BADB-A1': COMMUNITY_VALUES as ValueMap,
      'BADB-A2': RURAL_VALUES,
    });
    const before = await snapshot(t, w);

    const refused = async (file: Buffer, expected: Partial<ImportRefusal['errors'][number]>[]) => {
      const res = await importFile(t, w.tokens.reviewer, file);
      expect(res.status).toBe(400);
      const body = res.json<ImportRefusal>();
      expect(body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_IMPORT' });
      expect(body.message).toContain('nothing was imported');
      for (const error of expected) expect(body.errors).toContainEqual(expect.objectContaining(error));
      for (const error of body.errors) {
        expect(Object.keys(error).sort()).toEqual(['code', 'column', 'field', 'label', 'reason', 'row']);
        expect(error.reason.zh).toBeTruthy();
        expect(error.reason.en).toBeTruthy();
      }
      return body.errors;
    };

    // Missing and extra columns.
    await refused(await editSheet(good, (sheet, col) => sheet.spliceColumns(col.get('ORG_THEME_DAYS')!, 1)), [
      { row: 1, column: null, field: 'ORG_THEME_DAYS', code: 'MISSING_COLUMN' },
    ]);
    await refused(
      await editSheet(good, (sheet) => void (sheet.getCell(1, sheet.columnCount + 1).value = 'EXTRA_COLUMN')),
      [{ row: 1, field: 'EXTRA_COLUMN', code: 'UNKNOWN_COLUMN' }],
    );
    // Text in a number cell, with the other row valid: still nothing is applied.
    const text = await refused(
      await editSheet(
        good,
        (sheet, col) => void (sheet.getCell(3, col.get('ORG_THEME_DAYS')!).value = '三次'),
      ),
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
        { row: 3, column: 'A', field: 'BRANCH_CODE', label: '支部编码', code: 'UNKNOWN_BRANCH' },
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
    await refused(
      await editSheet(
        good,
        (sheet, col) => void (sheet.getCell(4, col.get('ORG_MEETINGS.numerator')!).value = 13),
      ),
      // label: the header the person reads in the file, not the internal key
      [{ row: 4, field: 'ORG_MEETINGS.numerator', label: '三会一课落实率·分子' }],
    );
    // The same file as a dry run: 200 with the same problems (a check that finds problems did its job).
    const checked = await importFile(
      t,
      w.tokens.reviewer,
      await editSheet(
        good,
        (sheet, col) => void (sheet.getCell(4, col.get('ORG_MEETINGS.numerator')!).value = 13),
      ),
      true,
    );
    expect(checked.status).toBe(200);
    expect(checked.json<{ dryRun: boolean; applied: boolean; errors: unknown[] }>()).toMatchObject({
      dryRun: true,
      applied: false,
      errors: expect.arrayContaining([
        expect.objectContaining({ row: 4, field: 'ORG_MEETINGS.numerator', label: '三会一课落实率·分子' }),
      ]),
    });
    // Not a workbook at all, an empty body, a workbook without the data sheet's header.
    await refused(Buffer.from('%PDF-1.7 not a spreadsheet'), [
      { row: null, column: null, field: null, code: 'NOT_A_WORKBOOK' },
    ]);
    await refused(Buffer.alloc(0), [{ row: null, code: 'EMPTY_FILE' }]);
    await refused(await editSheet(good, (sheet) => sheet.spliceRows(1, 1)), [{ code: 'NO_HEADER' }]);

    expect(await snapshot(t, w)).toEqual(before);
    expect(await auditCount(t, w, 'IMPORT')).toBe(0);
    // And the good file goes through.
    expect((await importFile(t, w.tokens.reviewer, good)).status).toBe(200);
  });

  it('audits a refused import naming out-of-scope branches (IMPORT_REFUSED), still answering them as unknown', async () => {
    const w = await seedWorld(t, 'OS', frameworkId, [PERIOD]);
    const elsewhere = await seedWorld(t, 'OSX', frameworkId, [PERIOD]);
    const tpl = await templateOf(t, w.tree.streets[0].id, w.tokens.reviewer);
    const good = await fillTemplate(tpl, defaultFramework, { 'OSB-A1': COMMUNITY_VALUES as ValueMap });
    const probing = await editSheet(good, (sheet) => {
      sheet.getCell(3, 1).value = 'OSB-B1'; // the reviewer's district, another street
      sheet.getCell(4, 1).value = 'OSXB-A1'; // another district
      sheet.getCell(5, 1).value = 'NO-SUCH-BRANCH';
    });
    const res = await importFile(t, w.tokens.reviewer, probing);
    expect(res.status).toBe(400);
    const body = res.json<ImportRefusal>();
    expect(body.errors.filter((e) => e.code === 'UNKNOWN_BRANCH').map((e) => e.row)).toEqual([3, 4, 5]);
    const rows = await t.dataSource.query(
      `SELECT actor_id, target_type, "after" FROM audit_event WHERE action = 'IMPORT_REFUSED' AND district_id = $1`,
      [w.tree.district.id],
    );
    expect(rows).toEqual([
      {
        actor_id: expect.any(String),
        target_type: 'Period',
        after: expect.objectContaining({
          period: PERIOD,
          problems: body.errors.length,
          codes: expect.arrayContaining(['UNKNOWN_BRANCH']),
          // Codes are per district: another district's code is unknown here and never named.
          outOfScopeBranches: ['OSB-B1'],
          outOfScopeBranchCount: 1,
          sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        }),
      },
    ]);
    expect(await auditCount(t, w, 'IMPORT')).toBe(0);
    expect(await auditCount(t, elsewhere, 'IMPORT_REFUSED')).toBe(0);
  });

  it('refuses a zip bomb before parsing, and lists at most 200 problems with the count of the rest', async () => {
    const w = await seedWorld(t, 'ZB', frameworkId, [PERIOD]);
    const bomb = await zipBombWorkbook({ chunks: 200 });
    const res = await importFile(t, w.tokens.admin, bomb);
    expect(res.status).toBe(400);
    expect(res.json<ImportRefusal>().errors).toEqual([
      expect.objectContaining({ row: null, code: 'FILE_TOO_LARGE_UNCOMPRESSED' }),
    ]);

    const tpl = await templateOf(t, w.tree.district.id, w.tokens.admin);
    const many = await editSheet(tpl, (sheet) => {
      for (let r = 3; r < 3 + 300; r++) sheet.getCell(r, 1).value = `NOPE-${r}`;
    });
    const capped = await importFile(t, w.tokens.admin, many);
    const body = capped.json<ImportRefusal & { omittedErrors: number }>();
    expect(body.errors).toHaveLength(200);
    expect(body.omittedErrors).toBe(100);
    expect(body.message).toContain(
      'the file has 300 problem(s) (the first 200 are listed, 100 more are not)',
    );
  });

  it('refuses a file naming a SUBMITTED or APPROVED assessment (per row) and applies none of it', async () => {
    const w = await seedWorld(t, 'ST', frameworkId, [PERIOD]);
    const tpl = await templateOf(t, w.tree.district.id, w.tokens.admin);
    const filled = await fillTemplate(tpl, defaultFramework, {
      'STB-A1': COMMUNITY_VALUES as ValueMap,
      'STB-A2': RURAL_VALUES,
      'STB-B1': COMMUNITY_VALUES as ValueMap,
    });
    await fillAssessment(t, w, 0, PERIOD, { ORG_THEME_DAYS: 3 }, 'SUBMITTED');
    await fillAssessment(t, w, 1, PERIOD, { ORG_THEME_DAYS: 3 }, 'APPROVED');
    const before = await snapshot(t, w);
    const res = await importFile(t, w.tokens.admin, filled);
    expect(res.status).toBe(400);
    const { errors } = res.json<ImportRefusal>();
    expect(errors).toEqual([
      expect.objectContaining({
        row: 3,
        field: 'BRANCH_CODE',
        code: 'NOT_EDITABLE',
        reason: expect.objectContaining({ zh: expect.stringContaining('待审核') }),
      }),
      expect.objectContaining({
        row: 4,
        field: 'BRANCH_CODE',
        code: 'NOT_EDITABLE',
        reason: expect.objectContaining({ en: expect.stringContaining('APPROVED') }),
      }),
    ]);
    expect(await snapshot(t, w)).toEqual(before);
    // A template made now lists the editable branches only.
    const rows = XLSX.utils
      .sheet_to_json<Record<string, unknown>>(
        XLSX.read(await templateOf(t, w.tree.district.id, w.tokens.admin), { type: 'buffer' }).Sheets['填报'],
      )
      .slice(1);
    expect(rows.map((r) => r['BRANCH_CODE'])).toEqual(['STB-B1', 'STB-B2']);
  });

  it("refuses a deactivated branch's row that would change its assessment (BRANCH_INACTIVE), in the check too, and applies none of the file", async () => {
    const w = await seedWorld(t, 'DA', frameworkId, [PERIOD]);
    await fillAssessment(t, w, 1, PERIOD, { ORG_THEME_DAYS: 1 });
    const tpl = await templateOf(t, w.tree.district.id, w.tokens.admin);
    const filled = await fillTemplate(tpl, defaultFramework, {
      'DAB-A1': COMMUNITY_VALUES as ValueMap,
      'DAB-A2': RURAL_VALUES,
    });
    const setActive = (active: boolean) =>
      t.gql(SET_ACTIVE, { id: w.branches[1].id, active }, w.tokens.admin);
    expect((await setActive(false)).errors).toBeUndefined();
    const before = await snapshot(t, w);

    const res = await importFile(t, w.tokens.admin, filled);
    expect(res.status).toBe(400);
    const refusal = {
      row: 4,
      column: null,
      field: 'BRANCH_CODE',
      label: '支部编码',
      code: 'BRANCH_INACTIVE',
      reason: {
        zh: '支部 DAB-A2 已停用，其考评不能再修改，不能导入；请从文件中删去该行，或先重新启用该支部',
        en: 'branch DAB-A2 is deactivated: its assessment can no longer change; remove the row from the file, or reactivate the branch first',
      },
    };
    expect(res.json<ImportRefusal>()).toMatchObject({ reason: 'INVALID_IMPORT', errors: [refusal] });
    const check = await importFile(t, w.tokens.admin, filled, true);
    expect(check.status).toBe(200);
    expect(check.json<ImportResult>()).toMatchObject({ applied: false, errors: [refusal] });
    expect(await snapshot(t, w)).toEqual(before);
    expect(await auditCount(t, w, 'IMPORT')).toBe(0);

    // A template made now leaves the deactivated branch out.
    const listed = XLSX.utils
      .sheet_to_json<Record<string, unknown>>(
        XLSX.read(await templateOf(t, w.tree.district.id, w.tokens.admin), { type: 'buffer' }).Sheets['填报'],
      )
      .slice(1)
      .map((r) => r['BRANCH_CODE']);
    expect(listed).toContain('DAB-A1');
    expect(listed).not.toContain('DAB-A2');
    // A file downloaded before (the branch's row as stored) writes nothing for it, so it goes through.
    expect((await importFile(t, w.tokens.admin, tpl)).json<ImportResult>()).toMatchObject({
      applied: true,
      changedBranches: 0,
    });
    expect((await setActive(true)).errors).toBeUndefined();
    expect((await importFile(t, w.tokens.admin, filled)).json<ImportResult>().changedBranches).toBe(2);
  });

  it('roles, scope and period state: VIEWER refused, another unit answers as missing, BRANCH its own row only, closed period refused, multipart or raw body', async () => {
    const w = await seedWorld(t, 'AC', frameworkId, [PERIOD]);
    const [a1, a2] = w.tree.branches;
    const own = await templateOf(t, a1.id, w.tokens.branches[0]);
    expect(
      (await download(t, `/api/imports/template.xlsx?unitId=${a2.id}&period=${PERIOD}`, w.tokens.branches[0]))
        .status,
    ).toBe(404);
    expect(
      (
        await download(
          t,
          `/api/imports/template.xlsx?unitId=${w.tree.district.id}&period=${PERIOD}`,
          w.tokens.viewer,
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await download(
          t,
          `/api/imports/template.xlsx?unitId=${w.tree.streets[1].id}&period=${PERIOD}`,
          w.tokens.reviewer,
        )
      ).status,
    ).toBe(404);

    const mine = await fillTemplate(own, defaultFramework, { 'ACB-A1': { ORG_THEME_DAYS: 3 } });
    const ok = await importFile(t, w.tokens.branches[0], mine);
    expect(ok.status).toBe(200);
    expect(ok.json<ImportResult>()).toMatchObject({
      counts: { imported: 1, updated: 0, unchanged: 0 },
      rows: 1,
    });
    const foreign = await editSheet(mine, (sheet) => void (sheet.getCell(3, 1).value = 'ACB-A2'));
    const refused = await importFile(t, w.tokens.branches[0], foreign);
    expect(refused.status).toBe(400);
    expect(refused.json<ImportRefusal>().errors[0]).toMatchObject({ code: 'UNKNOWN_BRANCH' });

    // The web client's transport: multipart/form-data, field "file".
    const form = new FormData();
    form.append(
      'file',
      new Blob([mine], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
      'filled.xlsx',
    );
    const multipart = await fetch(`${t.url}/api/imports/values?period=${PERIOD}&dryRun=true`, {
      method: 'POST',
      headers: { authorization: `Bearer ${w.tokens.branches[0]}` },
      body: form,
    });
    expect(multipart.status).toBe(200);
    expect(await multipart.json()).toMatchObject({
      dryRun: true,
      counts: { imported: 0, updated: 0, unchanged: 1 },
    });

    const viewer = await importFile(t, w.tokens.viewer, mine);
    expect(viewer.status).toBe(403);
    const [{ n: denied }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'ACCESS_DENIED' AND after ->> 'attemptedAction' = 'import.values'`,
    );
    expect(denied).toBeGreaterThanOrEqual(1);

    expect(
      (
        await upload(
          t,
          `/api/imports/values?period=${PERIOD}`,
          w.tokens.admin,
          mine,
          'multipart/form-data; boundary=x',
        )
      ).status,
    ).toBe(400);
    expect(
      (
        await upload(
          t,
          `/api/imports/values?period=${PERIOD}`,
          w.tokens.admin,
          Buffer.from('{}'),
          'application/json',
        )
      ).status,
    ).toBe(415);
    expect(
      (await upload(t, `/api/imports/values?period=${PERIOD}&dryRun=maybe`, w.tokens.admin, mine)).status,
    ).toBe(400);
    expect((await upload(t, `/api/imports/values?period=2030Q1`, w.tokens.admin, mine)).status).toBe(404);
    expect(
      (
        await upload(
          t,
          `/api/imports/values?period=${PERIOD}`,
          w.tokens.admin,
          mine,
          'application/octet-stream',
        )
      ).status,
    ).toBe(200);

    const [{ id }] = await t.dataSource.query(`SELECT id FROM period WHERE district_id = $1 AND code = $2`, [
      w.tree.district.id,
      PERIOD,
    ]);
    expect((await t.gql(CLOSE_PERIOD, { id }, w.tokens.admin)).errors).toBeUndefined();
    const closed = await importFile(t, w.tokens.branches[0], mine);
    expect(closed.status).toBe(400);
    expect(closed.json()).toMatchObject({ reason: 'PERIOD_CLOSED' });
    expect(
      (await download(t, `/api/imports/template.xlsx?unitId=${a1.id}&period=${PERIOD}`, w.tokens.branches[0]))
        .status,
    ).toBe(400);
  });
});
