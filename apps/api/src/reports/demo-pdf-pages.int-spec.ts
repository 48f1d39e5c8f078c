import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createTestApp, type TestApp } from '../../test/test-app';
import { DemoSeeder, DEMO_PASSWORD } from '../demo/demo.seeder';
import { download, pdfText } from './testing/report-ops';

/**
 * Every PDF the demo offers (the district's and a street's quarterly report, the demo branch's report,
 * for the open and the last closed quarter), downloaded as a user would and rendered page by page to
 * PNG with pdftoppm into artifacts/pdf-pages/ — to be looked at after any change to the PDF layout.
 * The text checks below pin the layout faults once found there (issue 18, item 5).
 */
const OUT = path.resolve(__dirname, '../../../../artifacts/pdf-pages');

describe('demo PDFs rendered to PNG (artifacts/pdf-pages)', () => {
  let t: TestApp;
  let admin: string;
  let branchToken: string;
  let units: { district: string; street: string; branch: string };

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(DemoSeeder).seedIfEmpty();
    admin = await t.loginAs('admin', DEMO_PASSWORD);
    branchToken = await t.loginAs('branch', DEMO_PASSWORD);
    const [row] = await t.dataSource.query(
      `SELECT u.scope_unit_id AS branch, b.parent_id AS street, s.parent_id AS district
         FROM app_user u JOIN org_unit b ON b.id = u.scope_unit_id JOIN org_unit s ON s.id = b.parent_id
        WHERE u.username = 'branch'`,
    );
    units = row;
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
  }, 120_000);
  afterAll(() => t?.close());

  /** Downloads, writes and renders one PDF; its text, and its page count checked against `maxPages`. */
  async function render(name: string, url: string, token: string, maxPages: number): Promise<string> {
    const res = await download(t, url, token);
    expect({ name, status: res.status, body: res.status === 200 ? '' : res.body.toString() }).toEqual({
      name,
      status: 200,
      body: '',
    });
    const file = path.join(OUT, `${name}.pdf`);
    writeFileSync(file, res.body);
    execFileSync('pdftoppm', ['-r', '70', '-png', file, path.join(OUT, name)]);
    const pages = pdfPageCount(res.body);
    expect(readdirSync(OUT).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png')).length).toBe(pages);
    // A table row at a page foot once made pdfkit start a page per cell (15 pages for 79 branches).
    expect(pages).toBeLessThanOrEqual(maxPages);
    return pdfText(res.body);
  }

  it.each(['2026Q4', '2026Q3'])(
    'district and street quarterly PDFs of %s',
    async (period) => {
      const district = await render(
        `district-${period}`,
        `/api/reports/quarterly.pdf?unitId=${units.district}&period=${period}`,
        admin,
        4,
      );
      const street = await render(
        `street-${period}`,
        `/api/reports/quarterly.pdf?unitId=${units.street}&period=${period}`,
        admin,
        3,
      );
      for (const text of [district, street]) {
        // The ranking names each branch in full (two cut names looked like one branch).
        expect(text).not.toContain('…');
        expect(text).toContain('干部队伍与教育培训');
      }
    },
    180_000,
  );

  it.each(['2026Q4', '2026Q3'])(
    'the demo branch PDF of %s',
    async (period) => {
      const text = await render(
        `branch-${period}`,
        `/api/reports/branch.pdf?branchId=${units.branch}&period=${period}`,
        branchToken,
        1,
      );
      // The trend axis names every quarter in full ("025年三季度" once lost its first digit, every other
      // quarter went unlabelled) and says what it plots: the branch's total, not a mean.
      expect(text.match(/2025年/g)?.length).toBeGreaterThanOrEqual(2);
      expect(text.match(/2026年/g)?.length).toBeGreaterThanOrEqual(4);
      expect(text).not.toMatch(/(^|[^2])025年/m);
      expect(text).not.toContain('平均分');
    },
    120_000,
  );
});

function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}
