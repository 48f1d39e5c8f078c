import type { Framework, ValueMap } from '@pathboard/scoring';
import type { DataSource, EntityManager } from 'typeorm';
import {
  ANNUAL_INPUT_SQL,
  ANNUAL_OFFICIAL_VALUES_SQL,
  ANNUAL_PERIODS_SQL,
  ANNUAL_STORED_SQL,
  type AnnualInputRow,
  type AnnualPeriodRow,
  type AnnualValuesRow,
} from '../analytics/sql/annual.sql';
import { computeYear, type BranchYear } from './annual-figures';

/** OPEN: computed live (some quarter open); FROZEN: stored; CHANGED: a quarter reopened since freezing (live). */
export type AnnualStatus = 'OPEN' | 'FROZEN' | 'CHANGED';

export interface YearData {
  districtId: string;
  year: number;
  status: AnnualStatus;
  frozenAt: Date | null;
  changedAt: Date | null;
  framework: Framework;
  frameworkId: string;
  periods: { code: string; quarter: number; status: string }[];
  branches: BranchYear[];
}

type Db = DataSource | EntityManager;

/**
 * A district's year: the stored results when frozen, else computed now from the stored quarters
 * (four statements whatever the number of branches). Null when the district has no period that year.
 */
export async function loadYear(db: Db, districtId: string, year: number): Promise<YearData | null> {
  const periods: AnnualPeriodRow[] = await db.query(ANNUAL_PERIODS_SQL, [districtId, year]);
  if (periods.length === 0) return null;
  const framework = periods[0].definition as Framework;
  const stored: StoredRow[] = await db.query(ANNUAL_STORED_SQL, [districtId, year]);
  const head = stored[0];
  const base = {
    districtId,
    year,
    framework,
    frameworkId: periods[0].framework_id,
    periods: periods.map((p) => ({ code: p.code, quarter: p.quarter, status: p.status })).reverse(),
    frozenAt: head ? new Date(head.frozen_at) : null,
    changedAt: head?.changed_at ? new Date(head.changed_at) : null,
  };
  if (head?.status === 'FROZEN') {
    const branches = stored
      .filter((r) => r.branch_id !== null)
      .map((r) => ({
        branchId: r.branch_id!,
        code: r.code!,
        name: r.name!,
        path: r.path!,
        parentId: r.parent_id,
        pathPercents: r.path_percents ?? [],
        result: r.result!,
      }));
    return { ...base, status: 'FROZEN', branches };
  }
  return {
    ...base,
    status: head ? 'CHANGED' : 'OPEN',
    branches: await computeLive(db, districtId, year, framework),
  };
}

/** The year computed from the stored quarters and official annual values, ignoring any stored result. */
export async function computeLive(
  db: Db,
  districtId: string,
  year: number,
  framework: Framework,
): Promise<BranchYear[]> {
  const rows: AnnualInputRow[] = await db.query(ANNUAL_INPUT_SQL, [districtId, year]);
  const values: AnnualValuesRow[] = await db.query(ANNUAL_OFFICIAL_VALUES_SQL, [districtId, year]);
  return computeYear(framework, rows, new Map(values.map((v) => [v.branch_id, v.values as ValueMap])));
}

/**
 * Store (freeze) a year's results: the year row FROZEN, every branch's result replaced, in two
 * set-based statements. Run inside the closing transaction.
 */
export async function storeYear(
  m: EntityManager,
  districtId: string,
  year: number,
  frameworkId: string,
  branches: readonly BranchYear[],
): Promise<void> {
  await m.query(
    `INSERT INTO annual_year (district_id, year, status, framework_id, frozen_at, changed_at)
     VALUES ($1, $2, 'FROZEN', $3, now(), NULL)
     ON CONFLICT (district_id, year) DO UPDATE SET status = 'FROZEN', framework_id = $3, frozen_at = now()`,
    [districtId, year, frameworkId],
  );
  await m.query(`DELETE FROM annual_result WHERE district_id = $1 AND year = $2`, [districtId, year]);
  if (branches.length === 0) return;
  await m.query(
    `INSERT INTO annual_result (district_id, year, branch_id, unit_path, unit_parent_id, total, grade_code, capped, path_percents, result)
     SELECT $1, $2, x.branch_id, x.path, x.parent_id, x.total, x.grade_code, x.capped,
            ARRAY(SELECT jsonb_array_elements_text(x.path_percents)::numeric), x.result
       FROM jsonb_to_recordset($3::jsonb) AS x(branch_id uuid, path text, parent_id uuid, total numeric,
            grade_code text, capped boolean, path_percents jsonb, result jsonb)`,
    [
      districtId,
      year,
      JSON.stringify(
        branches.map((b) => ({
          branch_id: b.branchId,
          path: b.path,
          parent_id: b.parentId,
          total: b.result.total,
          grade_code: b.result.grade.code,
          capped: b.result.cappedBy !== null,
          path_percents: b.pathPercents,
          result: b.result,
        })),
      ),
    ],
  );
}

/** Mark a frozen year CHANGED (a quarter of it was reopened). Returns whether it was frozen. */
export async function markYearChanged(m: EntityManager, districtId: string, year: number): Promise<boolean> {
  const rows: unknown[] = await m.query(
    `WITH changed AS (UPDATE annual_year SET status = 'CHANGED', changed_at = now()
        WHERE district_id = $1 AND year = $2 AND status = 'FROZEN' RETURNING year)
     SELECT year FROM changed`,
    [districtId, year],
  );
  return rows.length > 0;
}

interface StoredRow {
  status: 'FROZEN' | 'CHANGED';
  frozen_at: string;
  changed_at: string | null;
  branch_id: string | null;
  code: string | null;
  name: string | null;
  path: string | null;
  parent_id: string | null;
  path_percents: number[] | null;
  result: BranchYear['result'] | null;
}
