import type { CommitteeFigures } from '@pathboard/reports';
import type { Framework } from '@pathboard/scoring';
import type { UnitPeriod } from '../analytics/analytics-context';
import { toUnitFigures } from '../analytics/scoreboard.mapper';
import { unitFigureRows } from '../analytics/scoreboard.service';
import type { ScoreboardFiguresRow } from '../analytics/sql/scoreboard.sql';
import type { ReportContext } from './report-data.loader';

/**
 * The committee figures a report prints are the dashboard's: the same rows (the precomputed figures
 * of the unit, or the scoreboard's statement that writes them) read through the same mapper, never a
 * second computation. This adapts a
 * report's context to the scoreboard's and the dashboard's figures to the report builders' shape.
 */
export function scoreboardContext(ctx: ReportContext): UnitPeriod {
  const u = ctx.unit;
  return {
    unit: {
      id: u.id,
      code: u.code,
      name: u.name,
      kind: u.kind as UnitPeriod['unit']['kind'],
      sector: u.sector as UnitPeriod['unit']['sector'],
      active: u.active,
      path: u.path,
      districtId: u.district_id,
      hasChildren: u.has_children,
    },
    period: { id: ctx.period.id, code: ctx.period.code },
    previous: ctx.previous,
    paths: ctx.framework.paths.map((p) => ({ code: p.code, name: p.name, weight: p.weight })),
    grades: ctx.framework.grades.map((g) => ({ code: g.code, name: g.name, min: g.min })),
  };
}

/** The unit's figures rows as the overview reads them (precomputed, else the same statement live). */
export function readFigureRows(
  db: { query: (sql: string, params: unknown[]) => Promise<unknown> },
  ctx: ReportContext,
): Promise<ScoreboardFiguresRow[]> {
  return unitFigureRows(db, scoreboardContext(ctx));
}

/** The unit's row (grp '*', always first) → the report builders' CommitteeFigures. */
export function toCommitteeFigures(rows: ScoreboardFiguresRow[], framework: Framework): CommitteeFigures {
  const unitRow = rows.find((r) => r.grp === '*');
  if (!unitRow) throw new Error('scoreboard figures: no unit row');
  const f = toUnitFigures(unitRow, { paths: framework.paths as never, grades: framework.grades as never });
  const s = f.submission;
  return {
    assessed: f.assessed,
    expected: f.expected,
    completion: f.completion,
    onTime: s.onTime,
    late: s.late,
    notSubmitted: s.notSubmitted,
    onTimeRate: s.onTimeRate,
    approved: s.approved,
    provisional: s.submitted,
    returned: s.returned,
    draft: s.draft,
    notOpened: s.notOpened,
    mean: f.mean,
    median: f.median,
    q1: f.q1,
    q3: f.q3,
    min: f.min,
    max: f.max,
    gradeCounts: Object.fromEntries(f.gradeCounts.map((g) => [g.code, g.count])),
    pathMeans: Object.fromEntries(f.pathMeans.map((p) => [p.code, p.mean])),
    previousMean: f.previousMean,
  };
}
