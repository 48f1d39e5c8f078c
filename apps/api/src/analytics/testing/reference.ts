import type { BranchFigures } from '@pathboard/scoring';
import type { DataSource } from 'typeorm';
import type { Figures } from './analytics-ops';

/**
 * The reference side of the scoreboard suites: stored OFFICIAL figures of every branch (leaf) under
 * a unit, read with plain queries and tree logic in TypeScript (not the analytics SQL), ready for
 * libs/scoring's `aggregate` / `rankByTotal` / `compareWithPrevious`.
 */
export async function storedBranchFigures(ds: DataSource, unitId: string, periodId: string | null): Promise<(BranchFigures & { parentId: string | null })[]> {
  const [unit]: { path: string; district_id: string }[] = await ds.query(`SELECT path, district_id FROM org_unit WHERE id = $1`, [unitId]);
  const units: { id: string; parent_id: string | null; path: string; kind: string; member_count: number; active: boolean }[] = await ds.query(
    `SELECT id, parent_id, path, kind, member_count, active FROM org_unit WHERE district_id = $1`,
    [unit.district_id],
  );
  const parents = new Set(units.map((u) => u.parent_id));
  const leaves = units.filter((u) => u.kind === 'BRANCH' && !parents.has(u.id) && u.path.startsWith(unit.path));
  const scores: { branch_id: string; total: string; grade_code: string }[] = periodId
    ? await ds.query(`SELECT branch_id, total, grade_code FROM assessment_score WHERE period_id = $1 AND kind = 'OFFICIAL'`, [periodId])
    : [];
  const paths: { branch_id: string; path_code: string; percent: string }[] = periodId
    ? await ds.query(`SELECT branch_id, path_code, percent FROM assessment_path_score WHERE period_id = $1 AND kind = 'OFFICIAL'`, [periodId])
    : [];
  const scoreOf = new Map(scores.map((s) => [s.branch_id, s]));
  return leaves.map((leaf) => {
    const score = scoreOf.get(leaf.id);
    return {
      id: leaf.id,
      parentId: leaf.parent_id,
      memberCount: Number(leaf.member_count),
      active: leaf.active,
      total: score ? Number(score.total) : null,
      gradeCode: score?.grade_code ?? null,
      paths: Object.fromEntries(paths.filter((p) => p.branch_id === leaf.id).map((p) => [p.path_code, Number(p.percent)])),
    };
  });
}

/** The API's figures in `aggregate`'s shape, to compare with toEqual. */
export function asAggregate(f: Figures) {
  return {
    assessed: f.assessed,
    expected: f.expected,
    completion: f.completion,
    mean: f.mean,
    weightedMean: f.weightedMean,
    median: f.median,
    q1: f.q1,
    q3: f.q3,
    min: f.min,
    max: f.max,
    gradeCounts: Object.fromEntries(f.gradeCounts.map((g) => [g.code, g.count])),
    pathMeans: Object.fromEntries(f.pathMeans.map((p) => [p.code, p.mean])),
  };
}
