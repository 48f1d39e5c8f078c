import type { BranchFigures } from '@pathboard/scoring';
import type { DataSource } from 'typeorm';
import type { Figures } from './analytics-ops';

/** Spelled out rather than imported from assessments/sql/reported.ts: the reference must not share the code under test. */
const REPORTED = ['SUBMITTED', 'APPROVED'];

/**
 * The reference side of the scoreboard suites: stored OFFICIAL figures of every branch (leaf) under
 * a unit, total null unless its assessment is reported (SUBMITTED or APPROVED), read with plain
 * queries and tree logic in TypeScript (not the analytics SQL), ready for libs/scoring's `aggregate`
 * / `rankByTotal` / `compareWithPrevious`.
 */
export async function storedBranchFigures(
  ds: DataSource,
  unitId: string,
  periodId: string | null,
): Promise<(BranchFigures & { parentId: string | null })[]> {
  const [unit]: { path: string; district_id: string }[] = await ds.query(
    `SELECT path, district_id FROM org_unit WHERE id = $1`,
    [unitId],
  );
  const units: {
    id: string;
    parent_id: string | null;
    path: string;
    kind: string;
    member_count: number;
    active: boolean;
  }[] = await ds.query(
    `SELECT id, parent_id, path, kind, member_count, active FROM org_unit WHERE district_id = $1`,
    [unit.district_id],
  );
  const parents = new Set(units.map((u) => u.parent_id));
  const leaves = units.filter(
    (u) => u.kind === 'BRANCH' && !parents.has(u.id) && u.path.startsWith(unit.path),
  );
  // Every stored OFFICIAL score is read, and the reported ones are picked here in TypeScript, apart
  // from the SQL under test: a DRAFT or RETURNED assessment's score is not a committee figure.
  const scores: { branch_id: string; total: string; grade_code: string; status: string }[] = periodId
    ? await ds.query(
        `SELECT s.branch_id, s.total, s.grade_code, a.status FROM assessment_score s JOIN assessment a ON a.id = s.assessment_id WHERE s.period_id = $1 AND s.kind = 'OFFICIAL'`,
        [periodId],
      )
    : [];
  const paths: { branch_id: string; path_code: string; percent: string }[] = periodId
    ? await ds.query(
        `SELECT branch_id, path_code, percent FROM assessment_path_score WHERE period_id = $1 AND kind = 'OFFICIAL'`,
        [periodId],
      )
    : [];
  const scoreOf = new Map(scores.filter((s) => REPORTED.includes(s.status)).map((s) => [s.branch_id, s]));
  return leaves.map((leaf) => {
    const score = scoreOf.get(leaf.id);
    return {
      id: leaf.id,
      parentId: leaf.parent_id,
      memberCount: Number(leaf.member_count),
      active: leaf.active,
      total: score ? Number(score.total) : null,
      gradeCode: score?.grade_code ?? null,
      paths: score
        ? Object.fromEntries(
            paths.filter((p) => p.branch_id === leaf.id).map((p) => [p.path_code, Number(p.percent)]),
          )
        : {},
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
