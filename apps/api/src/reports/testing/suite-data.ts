import { defaultFramework } from '@pathboard/frameworks';
import type { Framework, ValueMap } from '@pathboard/scoring';
import type { TestApp } from '../../../test/test-app';
import { COMMUNITY_VALUES } from '../../assessments/testing/assessment-ops';
import { FrameworksService } from '../../frameworks/frameworks.service';
import {
  download,
  fillAssessment,
  getAssessment,
  seedWorld,
  upload,
  type AssessmentView,
  type World,
} from './report-ops';

/** Data and shortcuts shared by the report and import suites (each test still seeds its own district). */

export const PERIOD = '2026Q4';

export const RURAL_VALUES = {
  ...COMMUNITY_VALUES,
  ORG_MEETINGS: { numerator: 12, denominator: 12 },
  ORG_RURAL_REVITALIZATION: 1,
} as ValueMap;

/**
 * The default framework as a shared system framework (as the seeder publishes it), so every test
 * district can open periods on it: a district's own import is visible to that district only.
 */
export async function importDefaultFramework(
  t: TestApp,
  framework: Framework = defaultFramework,
): Promise<string> {
  const frameworks = t.app.get(FrameworksService);
  const published = await t.dataSource.transaction((m) => frameworks.insertVersion(m, framework, null, null));
  return published.id;
}

/** The community sample values with a chosen meeting count and theme days (to spread the totals). */
export const variant = (meetings: number, themeDays: number) => ({
  ...COMMUNITY_VALUES,
  ORG_MEETINGS: { numerator: meetings, denominator: 12 },
  ORG_THEME_DAYS: themeDays,
});

/** Competition rank (1, 2, 2, 4) of a total among the totals. */
export const rankOf = (total: number, totals: number[]) => 1 + totals.filter((other) => other > total).length;

/** Q3 and Q4 of a fresh district: A1 approved with a reviewed value, A2 submitted, B1 draft, B2 untouched. */
export async function seedQuarters(
  t: TestApp,
  frameworkId: string,
  prefix: string,
  extraBranches = 0,
): Promise<World> {
  const w = await seedWorld(t, prefix, frameworkId, ['2026Q3', '2026Q4'], extraBranches);
  await fillAssessment(t, w, 0, '2026Q3', variant(12, 3), 'APPROVED');
  await fillAssessment(t, w, 2, '2026Q3', variant(8, 1), 'APPROVED');
  await fillAssessment(t, w, 1, '2026Q3', variant(10, 2));
  await fillAssessment(t, w, 0, '2026Q4', variant(11, 2), 'APPROVED', [
    { indicatorCode: 'ORG_MEETINGS', value: { numerator: 9, denominator: 12 } },
  ]);
  await fillAssessment(t, w, 1, '2026Q4', variant(12, 3), 'SUBMITTED');
  await fillAssessment(t, w, 2, '2026Q4', variant(6, 0));
  for (let i = 4; i < w.branches.length; i++) {
    await fillAssessment(t, w, i, '2026Q3', variant(i % 12, i % 4), 'APPROVED');
    await fillAssessment(t, w, i, '2026Q4', variant((i + 5) % 12, (i + 1) % 4), i % 2 ? 'APPROVED' : 'DRAFT');
  }
  return w;
}

/**
 * The stored OFFICIAL totals by branch code, read through the GraphQL API, null unless the assessment
 * is reported (SUBMITTED or APPROVED): what a committee report may rank. A draft has a stored
 * (provisional) official score too; it must not show in the quarterly report.
 */
export async function reportedTotals(
  t: TestApp,
  w: World,
  period: string,
): Promise<Map<string, number | null>> {
  const totals = new Map<string, number | null>();
  for (const branch of w.tree.branches) {
    const a = await getAssessment(t, w.tokens.admin, branch.id, period);
    const reported = a.status === 'SUBMITTED' || a.status === 'APPROVED';
    totals.set(branch.code, reported ? (a.officialScore?.total ?? null) : null);
  }
  return totals;
}

/** The 400 answer of a refused import. */
export interface ImportRefusal {
  code: string;
  reason: string;
  message: string;
  errors: {
    row: number | null;
    column: string | null;
    field: string | null;
    label: string | null;
    code: string;
    reason: { zh: string; en: string };
  }[];
}

export async function templateOf(t: TestApp, unitId: string, token: string): Promise<Buffer> {
  const res = await download(t, `/api/imports/template.xlsx?unitId=${unitId}&period=${PERIOD}`, token);
  if (res.status !== 200) throw new Error(`template: ${res.status} ${res.body.toString()}`);
  return res.body;
}

export const importFile = (t: TestApp, token: string, file: Buffer, dryRun = false) =>
  upload(t, `/api/imports/values?period=${PERIOD}&dryRun=${dryRun}`, token, file);

/** Every assessment of the district's branches as the API shows it (values, scores, version). */
export const snapshot = (t: TestApp, w: World): Promise<AssessmentView[]> =>
  Promise.all(w.tree.branches.map((b) => getAssessment(t, w.tokens.admin, b.id, PERIOD)));

export async function auditCount(t: TestApp, w: World, action: string): Promise<number> {
  const [{ n }] = await t.dataSource.query(
    `SELECT count(*)::int AS n FROM audit_event WHERE action = $1 AND district_id = $2`,
    [action, w.tree.district.id],
  );
  return n;
}
