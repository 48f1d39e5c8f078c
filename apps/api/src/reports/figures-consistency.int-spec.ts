import * as XLSX from 'xlsx';
import { STATUS_NAMES, type AssessmentStatus } from '@pathboard/reports';
import { PROVISIONAL_LABEL } from '@pathboard/scoring';
import { createTestApp, type TestApp } from '../../test/test-app';
import { SCOREBOARD } from '../analytics/testing/analytics-ops';
import { DemoSeeder, DEMO_PASSWORD } from '../demo/demo.seeder';
import { download, pdfText } from './testing/report-ops';

/**
 * Every reader of the committee figures agrees (docs/metrics.md): for every demo unit (the district
 * and each street) and every demo quarter, the dashboard's headline figures (GraphQL scoreboard), the
 * workbook's summary sheet (read with SheetJS) and the PDF's text (read with pdftotext) are the same
 * numbers, and the ranking's statuses are the assessments'. The figures are also recounted here from
 * the raw assessment rows, so the shared definition itself is checked, not only its copies' agreement:
 * changing any one reader, or the definition, fails this suite.
 */

interface Submission {
  notOpened: number;
  draft: number;
  submitted: number;
  returned: number;
  approved: number;
  reported: number;
  onTime: number;
  late: number;
  notSubmitted: number;
  onTimeRate: number;
}
interface Figures {
  assessed: number;
  expected: number;
  completion: number;
  mean: number | null;
  median: number | null;
  previousMean: number | null;
  submission: Submission;
}
interface Board {
  figures: Figures;
  branches: { code: string; status: AssessmentStatus | null; total: number | null; rank: number | null }[];
}

const squash = (text: string) => text.replace(/\s+/g, '');
/** The overview's provisional rank: ranked, submitted and not yet reviewed. */
const provisional = (b: Board['branches'][number]) => b.rank !== null && b.status === 'SUBMITTED';
const percent1 = (share: number) => (share * 100).toFixed(1);
const round4 = (value: number) => Math.round(value * 10000) / 10000;

describe('committee figures: dashboard = workbook = PDF for every demo unit and quarter', () => {
  let t: TestApp;
  let admin: string;
  let units: { id: string; code: string; path: string }[];
  let periods: string[];

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(DemoSeeder).seedIfEmpty();
    admin = await t.loginAs('admin', DEMO_PASSWORD);
    units = await t.dataSource.query(
      `SELECT id, code, path FROM org_unit WHERE kind IN ('DISTRICT', 'STREET') ORDER BY path`,
    );
    periods = (await t.dataSource.query(`SELECT code FROM period ORDER BY year, quarter`)).map(
      (p: { code: string }) => p.code,
    );
  }, 300_000); // seeding the demo district on a loaded machine
  afterAll(() => t?.close());

  /** The figures from the raw rows, by the definitions (an independent reading of the same data). */
  async function recount(unit: { path: string }, period: string) {
    const rows: { active: boolean; status: AssessmentStatus | null; on_time: boolean | null }[] =
      await t.dataSource.query(
        // A closed quarter counts the branches of its assessments as they were when it closed; an
        // open one the assessed leaves under the unit today.
        `SELECT coalesce(a.unit_active, u.active) AS active, a.status, a.on_time
           FROM org_unit u
           JOIN period p ON p.district_id = u.district_id AND p.code = $2
           LEFT JOIN assessment a ON a.branch_id = u.id AND a.period_id = p.id
          WHERE CASE WHEN p.status = 'CLOSED' THEN a.unit_path LIKE $1
                     ELSE u.path LIKE $1 AND u.kind = 'BRANCH'
                          AND NOT EXISTS (SELECT 1 FROM org_unit c WHERE c.parent_id = u.id) END`,
        [`${unit.path}%`, period],
      );
    const expected = rows.filter((r) => r.active);
    const count = (keep: (r: (typeof rows)[number]) => boolean) => rows.filter(keep).length;
    const reported = (r: (typeof rows)[number]) => r.status === 'SUBMITTED' || r.status === 'APPROVED';
    return {
      expected: expected.length,
      assessed: count(reported),
      activeAssessed: expected.filter(reported).length,
      onTime: expected.filter((r) => r.on_time === true).length,
      late: expected.filter((r) => r.on_time === false).length,
      notSubmitted: expected.filter((r) => r.on_time === null).length,
      approved: count((r) => r.status === 'APPROVED'),
      provisional: count((r) => r.status === 'SUBMITTED'),
      returned: count((r) => r.status === 'RETURNED'),
      draft: count((r) => r.status === 'DRAFT'),
    };
  }

  it('agrees on every headline figure and every ranked status', async () => {
    expect(units.length).toBeGreaterThanOrEqual(5); // the district and its four streets
    expect(periods.length).toBeGreaterThanOrEqual(6);
    const statusesSeen = new Set<string>();
    for (const unit of units) {
      for (const period of periods) {
        const where = `${unit.code} ${period}`;
        const gql = await t.gql<{ scoreboard: Board }>(SCOREBOARD, { unitId: unit.id, period }, admin);
        expect(gql.errors).toBeUndefined();
        const { figures: f, branches } = gql.data!.scoreboard;
        const s = f.submission;

        // The definition, against the raw rows.
        const raw = await recount(unit, period);
        expect({ where, ...pick(f, s) }).toEqual({
          where,
          expected: raw.expected,
          assessed: raw.assessed,
          approved: raw.approved,
          provisional: raw.provisional,
          returned: raw.returned,
          draft: raw.draft,
          onTime: raw.onTime,
          late: raw.late,
          notSubmitted: raw.notSubmitted,
          completion: raw.expected === 0 ? 0 : round4(raw.activeAssessed / raw.expected),
          onTimeRate: raw.expected === 0 ? 0 : round4(raw.onTime / raw.expected),
        });
        expect(s.onTime + s.late + s.notSubmitted).toBe(f.expected);

        // The workbook's summary sheet and ranking.
        const xlsx = await download(
          t,
          `/api/reports/quarterly.xlsx?unitId=${unit.id}&period=${period}`,
          admin,
        );
        expect(xlsx.status).toBe(200);
        const book = XLSX.read(xlsx.body, { type: 'buffer' });
        const summary = new Map(
          XLSX.utils
            .sheet_to_json<unknown[]>(book.Sheets['汇总'], { header: 1, defval: null })
            .map((row) => [row[0], row[1]] as [unknown, unknown]),
        );
        expect({ where, values: sheetFigures(summary) }).toEqual({
          where,
          values: {
            应参评支部数: f.expected,
            已参评支部数: f.assessed,
            已审核: s.approved,
            待审核: s.submitted,
            已退回: s.returned,
            填报中: s.draft,
            按时提交: s.onTime,
            逾期提交: s.late,
            尚未提交: s.notSubmitted,
            '完成率（%）': Math.round(f.completion * 10000) / 100,
            '按时提交率（%）': Math.round(s.onTimeRate * 10000) / 100,
            平均分: f.mean,
            中位数: f.median,
            上期平均分: f.previousMean,
          },
        });
        const [header, ...ranking] = XLSX.utils.sheet_to_json<(string | number | null)[]>(
          book.Sheets['排名'],
          {
            header: 1,
            defval: null,
          },
        );
        const byCode = new Map(branches.map((b) => [b.code, b]));
        for (const row of ranking) {
          const branch = byCode.get(String(row[header.indexOf('支部编码')]))!;
          expect([where, row[header.indexOf('状态')]]).toEqual([
            where,
            STATUS_NAMES[branch.status ?? 'NOT_STARTED'],
          ]);
          expect([where, row[header.indexOf('排名')]]).toEqual([where, branch.rank]);
          // A ranked score still awaiting review carries the overview's 暂定 mark (libs/scoring PROVISIONAL_LABEL).
          expect([where, branch.code, row[header.indexOf('暂定标记')]]).toEqual([
            where,
            branch.code,
            provisional(branch) ? PROVISIONAL_LABEL.zh : null,
          ]);
          if (branch.status) statusesSeen.add(branch.status);
        }

        // The PDF's text.
        const pdf = await download(t, `/api/reports/quarterly.pdf?unitId=${unit.id}&period=${period}`, admin);
        expect(pdf.status).toBe(200);
        const text = squash(pdfText(pdf.body));
        expect([where, text]).toEqual([
          where,
          expect.stringContaining(
            `考评完成率${percent1(f.completion)}%（${f.assessed}/${f.expected}），按时提交率${percent1(s.onTimeRate)}%` +
              `（按时提交${s.onTime}个，逾期提交${s.late}个，尚未提交${s.notSubmitted}个）`,
          ),
        ]);
        if (f.mean !== null) {
          expect([where, text]).toEqual([
            where,
            expect.stringContaining(
              `已完成考评${f.assessed}个（已审核${s.approved}个，待审核${s.submitted}个`,
            ),
          ]);
          expect([where, text]).toEqual([where, expect.stringContaining(`平均得分${f.mean.toFixed(2)}分`)]);
        }
        // The ranking table marks every ranked score approved or provisional.
        const table = text.slice(text.lastIndexOf('六、排名表'));
        const listed = branches.filter((b) => b.status !== null || b.total !== null);
        expect([where, occurrences(table, '待审核')]).toEqual([
          where,
          listed.filter((b) => b.status === 'SUBMITTED').length,
        ]);
        const rankTable = table.slice(
          0,
          table.includes('七、整改事项') ? table.indexOf('七、整改事项') : undefined,
        );
        expect([where, occurrences(rankTable, PROVISIONAL_LABEL.zh)]).toEqual([
          where,
          branches.filter(provisional).length,
        ]);
        expect([where, occurrences(table, STATUS_NAMES.APPROVED)]).toEqual([
          where,
          listed.filter((b) => b.status === 'APPROVED').length,
        ]);
      }
    }
    // The demo's current quarter has provisional scores, so the status checks above were exercised.
    expect(statusesSeen).toEqual(new Set(['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED']));
  }, 600_000);
});

function pick(f: Figures, s: Submission) {
  return {
    expected: f.expected,
    assessed: f.assessed,
    approved: s.approved,
    provisional: s.submitted,
    returned: s.returned,
    draft: s.draft,
    onTime: s.onTime,
    late: s.late,
    notSubmitted: s.notSubmitted,
    completion: f.completion,
    onTimeRate: s.onTimeRate,
  };
}

const SUMMARY_LABELS = [
  '应参评支部数',
  '已参评支部数',
  '已审核',
  '待审核',
  '已退回',
  '填报中',
  '按时提交',
  '逾期提交',
  '尚未提交',
  '完成率（%）',
  '按时提交率（%）',
  '平均分',
  '中位数',
  '上期平均分',
];

function sheetFigures(summary: Map<unknown, unknown>): Record<string, unknown> {
  return Object.fromEntries(SUMMARY_LABELS.map((label) => [label, summary.get(label) ?? null]));
}

function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}
