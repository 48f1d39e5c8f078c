import * as XLSX from 'xlsx';
import { createUserFixture } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { Role } from '../auth/role.enum';
import { DemoSeeder } from '../demo/demo.seeder';
import type { ImportResult } from './values-import.service';
import { countStatements, download, editSheet, upload } from './testing/report-ops';

/**
 * Opt-in timings on a large district (not part of the regular run):
 *   REPORTS_LARGE_BRANCHES=5000 npx jest -c apps/api/jest.config.js --testPathPatterns reports-large
 * (add TEST_DATABASE_URL=… for PostgreSQL). Prints wall times and statement counts; asserts only
 * that everything answers and that the figures match the stored ones.
 */
const BRANCHES = Number(process.env['REPORTS_LARGE_BRANCHES'] ?? 0);
const run = BRANCHES > 0 ? describe : describe.skip;

run(`reports on a district of ${BRANCHES} branches`, () => {
  let t: TestApp;
  let token: string;
  let districtId: string;
  let period: string;
  const timings: string[] = [];

  const timed = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const counter = countStatements(t.dataSource);
    const started = performance.now();
    try {
      return await work();
    } finally {
      counter.stop();
      timings.push(
        `${label.padEnd(44)} ${(performance.now() - started).toFixed(0).padStart(7)} ms  ${String(counter.statements.length).padStart(6)} statements`,
      );
    }
  };

  beforeAll(async () => {
    t = await createTestApp();
    const seeded = await t.app.get(DemoSeeder).seedLargeDistrict({
      branches: BRANCHES,
      quarters: 2,
      seed: 42,
      now: new Date('2026-11-22T02:00:00Z'),
    });
    districtId = seeded.districtId;
    period = '2026Q4';
    const { user } = await createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: districtId });
    token = t.signToken(user);
  }, 600_000);
  afterAll(async () => {
    console.log(
      `${BRANCHES} branches, ${process.env['TEST_DATABASE_URL'] ? 'PostgreSQL' : 'PGlite'}\n${timings.join('\n')}`,
    );
    await t?.close();
  });

  it('downloads the quarterly workbook and PDF, the import template, and imports it back', async () => {
    const base = `unitId=${districtId}&period=${period}`;
    const xlsx = await timed('GET quarterly.xlsx', () =>
      download(t, `/api/reports/quarterly.xlsx?${base}`, token),
    );
    expect(xlsx.status).toBe(200);
    const ranking = XLSX.utils.sheet_to_json<Record<string, unknown>>(
      XLSX.read(xlsx.body, { type: 'buffer', dense: true }).Sheets['排名'],
    );
    expect(ranking.length).toBeGreaterThanOrEqual(BRANCHES * 0.9);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM assessment_score s JOIN period p ON p.id = s.period_id WHERE p.district_id = $1 AND p.code = $2 AND s.kind = 'OFFICIAL'`,
      [districtId, period],
    );
    expect(ranking.filter((row) => typeof row['总分'] === 'number')).toHaveLength(n);
    timings.push(`  workbook ${(xlsx.body.length / 1024).toFixed(0)} KB`);

    const pdf = await timed('GET quarterly.pdf', () =>
      download(t, `/api/reports/quarterly.pdf?${base}`, token),
    );
    expect(pdf.status).toBe(200);
    timings.push(`  pdf ${(pdf.body.length / 1024).toFixed(0)} KB`);

    const tpl = await timed('GET template.xlsx', () =>
      download(t, `/api/imports/template.xlsx?${base}`, token),
    );
    expect(tpl.status).toBe(200);
    const dry = await timed('POST values (template as is, dry run)', () =>
      upload(t, `/api/imports/values?period=${period}&dryRun=true`, token, tpl.body),
    );
    expect(dry.status).toBe(200);
    const rows = dry.json<ImportResult>().rows;
    timings.push(`  ${rows} editable branches in the template`);

    // Every branch changes one value: the full apply path (bump, upsert, audit each; one rescore).
    const changed = await editSheet(tpl.body, (sheet, col) => {
      const c = col.get('ORG_THEME_DAYS')!;
      sheet.eachRow((row, number) => {
        if (number >= 3) row.getCell(c).value = Number(row.getCell(c).value ?? 0) === 3 ? 2 : 3;
      });
    });
    const applied = await timed(`POST values (${rows} branches change)`, () =>
      upload(t, `/api/imports/values?period=${period}`, token, changed),
    );
    expect(applied.status).toBe(200);
    expect(applied.json<ImportResult>().changedBranches).toBe(rows);
    const again = await timed('POST values (same file again)', () =>
      upload(t, `/api/imports/values?period=${period}`, token, changed),
    );
    expect(again.json<ImportResult>().changedBranches).toBe(0);
  }, 900_000);
});
