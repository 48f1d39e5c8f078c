import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { DataSource, Logger } from 'typeorm';
import { DATA_SHEET, importColumns } from '@pathboard/reports';
import type { Framework, ValueMap } from '@pathboard/scoring';
import {
  createUnitFixture,
  createUserFixture,
  seedOrgTree,
  type OrgTreeFixture,
} from '../../../test/fixtures';
import { OrgUnitEntity } from '../../org-units/org-unit.entity';
import { OrgUnitKind, Sector } from '../../org-units/org-unit.enums';
import type { TestApp } from '../../../test/test-app';
import { Role } from '../../auth/role.enum';
import {
  asInputs,
  GET_ASSESSMENT,
  OPEN_PERIOD,
  REVIEW,
  SAVE,
  SUBMIT,
} from '../../assessments/testing/assessment-ops';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FUTURE = '2099-01-10T16:00:00.000Z';

export interface HttpResult {
  status: number;
  headers: Headers;
  body: Buffer;
  json<T = Record<string, unknown>>(): T;
}

/** GET with the bearer token; the body as bytes. */
export async function download(t: TestApp, path: string, token?: string): Promise<HttpResult> {
  const res = await fetch(`${t.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return toResult(res);
}

/** POST a file as the raw body (the import's transport). */
export async function upload(
  t: TestApp,
  path: string,
  token: string,
  file: Buffer,
  contentType = XLSX_TYPE,
): Promise<HttpResult> {
  const res = await fetch(`${t.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
    body: file,
  });
  return toResult(res);
}

async function toResult(res: Response): Promise<HttpResult> {
  const body = Buffer.from(await res.arrayBuffer());
  return {
    status: res.status,
    headers: res.headers,
    body,
    json: <T>() => JSON.parse(body.toString('utf8')) as T,
  };
}

/** A district of its own per test: tree, users with tokens, and the given periods opened by its admin. */
export interface World {
  tree: OrgTreeFixture;
  /** A1, A2, B1, B2, then the extra branches (street A). */
  branches: OrgUnitEntity[];
  /** `branches[i]`: the BRANCH user of world.branches[i]. */
  tokens: { admin: string; reviewer: string; viewer: string; branches: string[] };
  adminId: string;
  branchUserIds: string[];
}

export async function seedWorld(
  t: TestApp,
  prefix: string,
  frameworkId: string,
  periods: string[],
  extraBranches = 0,
): Promise<World> {
  const tree = await seedOrgTree(t.dataSource, prefix);
  const branches: OrgUnitEntity[] = [...tree.branches];
  for (let i = 0; i < extraBranches; i++) {
    const code = `${prefix}B-AX${i + 1}`;
    branches.push(
      await createUnitFixture(t.dataSource, {
        parent: tree.streets[0],
        kind: OrgUnitKind.BRANCH,
        code,
        sector: Sector.ORGAN,
        memberCount: 10 + i,
      }),
    );
  }
  const sign = async (role: Role, scopeUnitId: string) => {
    const { user } = await createUserFixture(t.dataSource, { role, scopeUnitId });
    return { id: user.id, token: t.signToken(user) };
  };
  const admin = await sign(Role.ADMIN, tree.district.id);
  const reviewer = await sign(Role.REVIEWER, tree.streets[0].id);
  const viewer = await sign(Role.VIEWER, tree.district.id);
  const branchUsers = [];
  for (const branch of branches) branchUsers.push(await sign(Role.BRANCH, branch.id));
  for (const code of periods) {
    const r = await t.gql(OPEN_PERIOD, { code, frameworkId, deadline: FUTURE }, admin.token);
    if (r.errors) throw new Error(`openPeriod ${code}: ${JSON.stringify(r.errors)}`);
  }
  return {
    tree,
    branches,
    tokens: {
      admin: admin.token,
      reviewer: reviewer.token,
      viewer: viewer.token,
      branches: branchUsers.map((b) => b.token),
    },
    adminId: admin.id,
    branchUserIds: branchUsers.map((b) => b.id),
  };
}

export interface AssessmentView {
  id: string;
  status: string;
  version: number;
  values: { indicatorCode: string; selfValue: unknown; reviewedValue: unknown }[];
  selfScore: { total: number; gradeCode: string } | null;
  officialScore: { total: number; gradeCode: string } | null;
}

export async function getAssessment(
  t: TestApp,
  token: string,
  branchId: string,
  period: string,
): Promise<AssessmentView> {
  const r = await t.gql<{ assessment: AssessmentView }>(GET_ASSESSMENT, { branchId, period }, token);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.assessment;
}

/**
 * Through GraphQL: branch `index` of the world saves `values`, then optionally submits, and the
 * district admin approves with `reviewed` values.
 */
export async function fillAssessment(
  t: TestApp,
  w: World,
  index: number,
  period: string,
  values: Record<string, unknown>,
  then: 'DRAFT' | 'SUBMITTED' | 'APPROVED' = 'DRAFT',
  reviewed: { indicatorCode: string; value: unknown }[] = [],
): Promise<AssessmentView> {
  const token = w.tokens.branches[index];
  let a = await getAssessment(t, token, w.branches[index].id, period);
  const step = async (query: string, variables: Record<string, unknown>, as: string) => {
    const r = await t.gql<Record<string, AssessmentView>>(query, variables, as);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    a = Object.values(r.data!)[0];
  };
  await step(SAVE, { id: a.id, v: a.version, values: asInputs(values) }, token);
  if (then === 'DRAFT') return a;
  await step(SUBMIT, { id: a.id, v: a.version }, token);
  if (then === 'APPROVED')
    await step(
      REVIEW,
      { id: a.id, v: a.version, d: 'APPROVE', rv: reviewed.map((r) => ({ ...r, reason: '核查台账后调整' })) },
      w.tokens.admin,
    );
  return a;
}

/**
 * Fill a downloaded template like a person would: for each branch code, write its values into the
 * data sheet (ratio halves, 是/否 per checklist item, band names), then save the workbook.
 */
export async function fillTemplate(
  template: Buffer,
  framework: Framework,
  rows: Record<string, ValueMap>,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(DATA_SHEET)!;
  const columnOf = headerColumns(sheet);
  const columns = importColumns(framework);
  sheet.eachRow((row, number) => {
    if (number < 3) return;
    const values = rows[String(row.getCell(1).value)];
    if (!values) return;
    for (const column of columns) {
      const input = values[column.indicator.code];
      if (input === undefined) continue;
      row.getCell(columnOf.get(column.key)!).value = cellValue(column, input);
    }
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Edit the data sheet of a workbook freely (malformed-file tests). */
export async function editSheet(
  source: Buffer,
  edit: (sheet: ExcelJS.Worksheet, columnOf: Map<string, number>) => void,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(source as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(DATA_SHEET)!;
  edit(sheet, headerColumns(sheet));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function headerColumns(sheet: ExcelJS.Worksheet): Map<string, number> {
  const map = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => map.set(String(cell.value), col));
  return map;
}

function cellValue(
  column: ReturnType<typeof importColumns>[number],
  input: ValueMap[string],
): ExcelJS.CellValue {
  const rule = column.indicator.rule;
  if (input === null || input === undefined) return null;
  if (column.part === 'numerator' || column.part === 'denominator')
    return (input as Record<string, number>)[column.part];
  if (column.kind === 'item') return (input as string[]).includes(column.part!) ? '是' : '否';
  if (typeof input === 'boolean') return input ? '是' : '否';
  if (rule.type === 'rating') return rule.bands.find((band) => band.code === input)!.name.zh;
  return input as number;
}

/** pdftotext (poppler-utils) on a PDF: an independent reader, so the text is really extractable. */
export function pdfText(pdf: Buffer): string {
  const directory = mkdtempSync(join(tmpdir(), 'pathboard-report-'));
  try {
    const file = join(directory, 'report.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** Counts the SQL statements the DataSource sends (wrapping its logger, which sees every query). */
export function countStatements(dataSource: DataSource): { statements: string[]; stop(): void } {
  const original = dataSource.logger;
  const statements: string[] = [];
  const counting: Logger = Object.create(original);
  counting.logQuery = (query, parameters, runner) => {
    statements.push(query);
    return original.logQuery(query, parameters, runner);
  };
  (dataSource as { logger: Logger }).logger = counting;
  return { statements, stop: () => void ((dataSource as { logger: Logger }).logger = original) };
}
