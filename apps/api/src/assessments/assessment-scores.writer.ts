import type { EntityManager } from 'typeorm';
import {
  scoreDual,
  type DualScoreResult,
  type Framework,
  type IndicatorValuePair,
  type ScoreResult,
  type Sector,
} from '@pathboard/scoring';
import { bulkInsert, jsonParam } from './sql/bulk-insert';

/** What the score rows copy from their assessment (these never change after creation). */
export interface ScoredAssessment {
  id: string;
  districtId: string;
  periodId: string;
  branchId: string;
}

export interface ScoreJob {
  assessment: ScoredAssessment;
  framework: Framework;
  sector: Sector | undefined;
  pairs: Record<string, IndicatorValuePair>;
}

const SCORE_COLUMNS = [
  { name: 'assessment_id' },
  { name: 'kind' },
  { name: 'district_id' },
  { name: 'period_id' },
  { name: 'branch_id' },
  { name: 'total' },
  { name: 'grade_code' },
  { name: 'veto' },
  { name: 'completeness' },
  { name: 'explanation', cast: 'jsonb' },
  { name: 'path_percents', cast: 'numeric[]' },
];
const PATH_COLUMNS = [
  { name: 'assessment_id' },
  { name: 'kind' },
  { name: 'path_code' },
  { name: 'district_id' },
  { name: 'period_id' },
  { name: 'branch_id' },
  { name: 'points' },
  { name: 'percent' },
];

function rowsOf(a: ScoredAssessment, kind: 'SELF' | 'OFFICIAL', result: ScoreResult) {
  // The engine already rounds shown figures half up to 2 places; completeness is stored to 4.
  const score = [
    a.id,
    kind,
    a.districtId,
    a.periodId,
    a.branchId,
    result.total,
    result.grade.code,
    result.vetoes.length > 0,
    Math.round(result.completeness.ratio * 10000) / 10000,
    jsonParam(result),
    result.paths.map((p) => p.percent),
  ];
  const paths = result.paths.map((p) => [
    a.id,
    kind,
    p.code,
    a.districtId,
    a.periodId,
    a.branchId,
    p.points,
    p.percent,
  ]);
  return { score, paths };
}

/** Scores one assessment both ways with libs/scoring, the single source of the rules. */
export function computeDual(job: ScoreJob, explain = true): DualScoreResult {
  return scoreDual(job.framework, job.pairs, { sector: job.sector, explain });
}

/**
 * Replaces the stored SELF and OFFICIAL scores (and their per-path rows) of the given assessments,
 * in the caller's transaction. Bulk: one DELETE and a few multi-row INSERTs whatever the count.
 */
export async function writeScores(
  manager: EntityManager,
  scored: { assessment: ScoredAssessment; dual: DualScoreResult }[],
  replace = true,
): Promise<void> {
  if (scored.length === 0) return;
  if (replace) {
    const ids = scored.map((s) => s.assessment.id);
    // Their districts too (one, for every caller today), so the delete reads no other district's rows.
    const districts = [...new Set(scored.map((s) => s.assessment.districtId))];
    await manager.query(
      `DELETE FROM assessment_path_score WHERE district_id = ANY($2::uuid[]) AND assessment_id = ANY($1::uuid[])`,
      [ids, districts],
    );
    await manager.query(
      `DELETE FROM assessment_score WHERE district_id = ANY($2::uuid[]) AND assessment_id = ANY($1::uuid[])`,
      [ids, districts],
    );
  }
  const scoreRows: unknown[][] = [];
  const pathRows: unknown[][] = [];
  for (const { assessment, dual } of scored) {
    for (const [kind, result] of [
      ['SELF', dual.self],
      ['OFFICIAL', dual.official],
    ] as const) {
      const rows = rowsOf(assessment, kind, result);
      scoreRows.push(rows.score);
      pathRows.push(...rows.paths);
    }
  }
  await bulkInsert(manager, 'assessment_score', SCORE_COLUMNS, scoreRows);
  await bulkInsert(manager, 'assessment_path_score', PATH_COLUMNS, pathRows);
}
