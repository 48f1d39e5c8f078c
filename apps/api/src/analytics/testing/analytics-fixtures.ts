import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ensureDefaultFramework, insertPeriod } from '../../demo/district-writer';
import { quarterInfo } from '../../demo/quarters';
import { parsePeriodCode } from '../../periods/periods.service';

/**
 * Direct inserts of periods, assessments and stored scores with chosen figures, for the analytics
 * suites: they test aggregation over stored OFFICIAL scores, so the totals are picked (ties, halves
 * of a cent) instead of produced by the scoring engine. The workflow suites cover the engine.
 */

export const PATH_CODES = ['ORGANIZATION', 'SUPERVISION', 'INTEGRITY', 'TRAINING'] as const;

export type Status = 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED';

export interface ScoreSpec {
  /** Official total; null: an assessment without a score (untouched draft). */
  total: number | null;
  /** Default: from the default framework's grade bounds. */
  gradeCode?: string;
  /** Path percents; default every path at the total. */
  paths?: Partial<Record<(typeof PATH_CODES)[number], number>>;
  status?: Status;
  onTime?: boolean | null;
  /** First submission time (default: the submission time, now, when submitted). */
  firstSubmittedAt?: Date;
  /** Last submission time (default: the first). */
  submittedAt?: Date;
  veto?: boolean;
}

export async function seedDefaultFramework(ds: DataSource): Promise<string> {
  return (await ensureDefaultFramework(ds.manager)).id;
}

/** A period of the district; deadlines follow the demo's quarter arithmetic. */
export async function seedPeriod(
  ds: DataSource,
  districtId: string,
  code: string,
  frameworkId: string,
): Promise<string> {
  const { year, quarter } = parsePeriodCode(code);
  const id = randomUUID();
  await insertPeriod(ds.manager, {
    id,
    districtId,
    quarter: quarterInfo(year, quarter),
    frameworkId,
    open: true,
  });
  return id;
}

export function defaultGrade(total: number): string {
  return total >= 90 ? 'EXCELLENT' : total >= 80 ? 'GOOD' : total >= 60 ? 'PASS' : 'FAIL';
}

function percentOf(spec: ScoreSpec, code: (typeof PATH_CODES)[number]): number {
  return spec.paths?.[code] ?? (spec.total as number);
}

/** One assessment per entry (status default APPROVED) and, when `total` is set, its SELF and OFFICIAL scores. */
export async function seedScores(
  ds: DataSource,
  ctx: { districtId: string; periodId: string; frameworkId: string },
  entries: { branchId: string; spec: ScoreSpec }[],
): Promise<void> {
  for (const { branchId, spec } of entries) {
    const status = spec.status ?? 'APPROVED';
    const submitted = status !== 'DRAFT';
    const onTime = spec.onTime === undefined ? (submitted ? true : null) : spec.onTime;
    const first = submitted ? (spec.firstSubmittedAt ?? new Date()) : null;
    const [{ id }]: { id: string }[] = await ds.query(
      `INSERT INTO assessment (district_id, branch_id, period_id, framework_id, status, submitted_at, on_time, first_submitted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        ctx.districtId,
        branchId,
        ctx.periodId,
        ctx.frameworkId,
        status,
        submitted ? (spec.submittedAt ?? first) : null,
        onTime,
        first,
      ],
    );
    if (spec.total === null) continue;
    // The SELF score differs on purpose: analytics must read the OFFICIAL one.
    for (const [kind, shift] of [
      ['SELF', 3],
      ['OFFICIAL', 0],
    ] as const) {
      const total = spec.total + shift;
      await ds.query(
        `INSERT INTO assessment_score (assessment_id, kind, district_id, period_id, branch_id, total, grade_code, veto, completeness, explanation, path_percents)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1, $9::jsonb, $10::numeric[])`,
        [
          id,
          kind,
          ctx.districtId,
          ctx.periodId,
          branchId,
          total,
          spec.gradeCode ?? defaultGrade(total),
          spec.veto ?? false,
          JSON.stringify({ paths: [] }),
          PATH_CODES.map((code) => percentOf(spec, code) + shift),
        ],
      );
      for (const code of PATH_CODES) {
        const percent = percentOf(spec, code) + shift;
        await ds.query(
          `INSERT INTO assessment_path_score (assessment_id, kind, path_code, district_id, period_id, branch_id, points, percent)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $7)`,
          [id, kind, code, ctx.districtId, ctx.periodId, branchId, percent],
        );
      }
    }
  }
}
