/**
 * What-if (docs/domain.md "What-if"): a past quarter's branches scored under the published framework
 * and under a draft, side by side: totals, grades, competition ranks, rank shifts, the biggest
 * movers and the path means. Nothing is stored; the API feeds it the quarter's official values.
 */
import { rankByTotal } from '../aggregates/ranking';
import { exactMean, roundOut } from '../aggregates/exact-stats';
import { officialValues } from '../engine/dual';
import { scoreAssessment } from '../engine/score';
import type { Framework, IndicatorValuePair, LocalizedText, Sector } from '../types';

export interface WhatIfBranch {
  id: string;
  sector?: Sector;
  pairs: Record<string, IndicatorValuePair>;
}

export interface WhatIfSide {
  total: number;
  grade: string;
  rank: number;
}

export interface WhatIfRow {
  id: string;
  current: WhatIfSide;
  draft: WhatIfSide;
  /** draft total − current total. */
  change: number;
  /** current rank − draft rank: positive = moves up. */
  rankShift: number;
  gradeChanged: boolean;
}

export interface WhatIfPathMean {
  code: string;
  name: LocalizedText;
  /** Mean path percent under the published framework; null when it has no such path. */
  current: number | null;
  draft: number | null;
}

export interface WhatIfResult {
  /** By draft rank, ties by id. */
  rows: WhatIfRow[];
  /** The rows whose rank moved, largest |shift| first (ties: larger |change|, then id), at most `movers`. */
  movers: WhatIfRow[];
  gradeChanges: number;
  pathMeans: WhatIfPathMean[];
}

export function whatIf(
  current: Framework,
  draft: Framework,
  branches: readonly WhatIfBranch[],
  movers = 10,
): WhatIfResult {
  const score = (framework: Framework) =>
    branches.map((b) =>
      scoreAssessment(framework, officialValues(b.pairs), { sector: b.sector, explain: false }),
    );
  const before = score(current);
  const after = score(draft);
  const rank = (scores: typeof before) =>
    new Map(
      rankByTotal(scores.map((s, i) => ({ id: branches[i].id, total: s.total }))).map((r) => [r.id, r.rank]),
    );
  const beforeRank = rank(before);
  const afterRank = rank(after);
  const rows: WhatIfRow[] = branches.map((b, i) => {
    const c = { total: before[i].total, grade: before[i].grade.code, rank: beforeRank.get(b.id)! };
    const d = { total: after[i].total, grade: after[i].grade.code, rank: afterRank.get(b.id)! };
    return {
      id: b.id,
      current: c,
      draft: d,
      change: (Math.round(d.total * 100) - Math.round(c.total * 100)) / 100,
      rankShift: c.rank - d.rank,
      gradeChanged: c.grade !== d.grade,
    };
  });
  rows.sort((a, b) => a.draft.rank - b.draft.rank || byId(a, b));
  const moved = rows
    .filter((r) => r.rankShift !== 0)
    .sort(
      (a, b) =>
        Math.abs(b.rankShift) - Math.abs(a.rankShift) ||
        Math.abs(b.change) - Math.abs(a.change) ||
        byId(a, b),
    );
  const pathMean = (scores: typeof before, code: string) => {
    const percents = scores.flatMap((s) => s.paths.filter((p) => p.code === code).map((p) => p.percent));
    const mean = exactMean(percents);
    return mean === null ? null : roundOut(mean);
  };
  const codes = [...new Set([...draft.paths, ...current.paths].map((p) => p.code))];
  const pathMeans = codes.map((code) => {
    const path = draft.paths.find((p) => p.code === code) ?? current.paths.find((p) => p.code === code)!;
    return { code, name: path.name, current: pathMean(before, code), draft: pathMean(after, code) };
  });
  return {
    rows,
    movers: moved.slice(0, movers),
    gradeChanges: rows.filter((r) => r.gradeChanged).length,
    pathMeans,
  };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
