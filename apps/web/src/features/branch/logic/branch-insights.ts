import type { PathFigure, RadarComparison, RadarComparisonKind } from '@pathboard/charts';

/**
 * Figures the branch page derives from the API's answers. The shapes are structural, so the
 * generated query types fit them and the specs need no GraphQL.
 */

export interface Text {
  zh: string;
  en: string;
}

export interface ScoredIndicator {
  code: string;
  name: Text;
  rule: string;
  points: number;
  maxPoints: number;
  applicable: boolean;
  missing: boolean;
  reason: Text;
  vetoTriggered?: boolean | null;
}

export interface ScoredPath {
  code: string;
  name: Text;
  percent: number;
  points: number;
  indicators: readonly ScoredIndicator[];
}

export interface WeakIndicator {
  indicator: ScoredIndicator;
  path: Text;
  /** points / maxPoints, 0..1. */
  rate: number;
  /** maxPoints − points: what the branch left on the table. */
  lost: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The base indicators that scored lowest against what they are worth (missing ones included, at
 * 0), worst first; ties go to the bigger loss. Full marks are never "weak".
 */
export function weakestIndicators(paths: readonly ScoredPath[], limit = 5): WeakIndicator[] {
  return paths
    .flatMap((path) =>
      path.indicators
        .filter((i) => i.applicable && i.maxPoints > 0 && i.points < i.maxPoints)
        .map((indicator) => ({
          indicator,
          path: path.name,
          rate: indicator.points / indicator.maxPoints,
          lost: round2(indicator.maxPoints - indicator.points),
        })),
    )
    .sort((a, b) => a.rate - b.rate || b.lost - a.lost || a.indicator.code.localeCompare(b.indicator.code))
    .slice(0, limit);
}

/** Deductions that cost points and vetoes that triggered: shown apart, they are not "low scores". */
export function penaltiesIncurred(paths: readonly ScoredPath[]): ScoredIndicator[] {
  return paths.flatMap((p) =>
    p.indicators.filter(
      (i) => (i.rule === 'deduction' && i.points < 0) || (i.rule === 'veto' && i.vetoTriggered),
    ),
  );
}

export interface IndicatorGap {
  code: string;
  name: Text;
  self: number;
  official: number;
  /** self − official: positive means the branch rated itself higher. */
  gap: number;
}

/** Indicators whose self points and official points differ (the reviewer adjusted them), biggest first. */
export function indicatorGaps(
  selfPaths: readonly ScoredPath[],
  officialPaths: readonly ScoredPath[],
): IndicatorGap[] {
  const official = new Map(officialPaths.flatMap((p) => p.indicators).map((i) => [i.code, i]));
  return selfPaths
    .flatMap((p) => p.indicators)
    .map((self) => ({ self, official: official.get(self.code) }))
    .filter(
      ({ self, official }) => official && self.applicable && round2(self.points) !== round2(official.points),
    )
    .map(({ self, official }) => ({
      code: self.code,
      name: self.name,
      self: self.points,
      official: official!.points,
      gap: round2(self.points - official!.points),
    }))
    .sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap) || a.code.localeCompare(b.code));
}

const QUARTER = /^(\d{4})Q([1-4])$/;

/** 2026Q1 shifted by −1 is 2025Q4. Anything not shaped like a quarter is returned unchanged. */
export function shiftQuarter(period: string, by: number): string {
  const match = QUARTER.exec(period);
  if (!match) return period;
  const index = Number(match[1]) * 4 + Number(match[2]) - 1 + by;
  return `${Math.floor(index / 4)}Q${(index % 4) + 1}`;
}

export interface TrendPointLike {
  period: string;
  mean?: number | null;
  pathMeans: readonly { code: string; mean: number }[];
}

/** The newest quarter in which the branch has a score: the page opens there by default. */
export function latestScoredPeriod(points: readonly TrendPointLike[]): string | null {
  const scored = points.filter((p) => typeof p.mean === 'number').map((p) => p.period);
  return scored.sort().at(-1) ?? null;
}

export function pathFigures(paths: readonly ScoredPath[]): PathFigure[] {
  return paths.map((p) => ({ code: p.code, name: p.name, percent: p.percent }));
}

/**
 * The branch's path percents of the quarter before `period` (a branch's trend "means" are its own
 * figures), or null when it has no score then.
 */
export function previousQuarterPaths(
  points: readonly TrendPointLike[],
  period: string,
  headers: readonly ScoredPath[],
): PathFigure[] | null {
  const previous = points.find((p) => p.period === shiftQuarter(period, -1));
  if (!previous || typeof previous.mean !== 'number' || previous.pathMeans.length === 0) return null;
  const byCode = new Map(previous.pathMeans.map((m) => [m.code, m.mean]));
  return headers.map((h) => ({ code: h.code, name: h.name, percent: byCode.get(h.code) ?? null }));
}

/** The same-parent group as the branch page queries it: counts and each path's median, never a peer. */
export interface PeerGroupMedians {
  /** Reported branches of the group, this one included once it has reported. */
  peerCount: number;
  pathMedians: readonly { code: string; median: number }[];
}

/**
 * The same-parent peers' median of each path on the quarter's axes (a path the group has no
 * median for stays empty), or null when no other branch of the group has figures. The group
 * counts this branch once it has reported (`ownTotal` set), and a median of itself alone is no
 * comparison.
 */
export function peersMedianPaths(
  group: PeerGroupMedians,
  ownTotal: number | null | undefined,
  headers: readonly ScoredPath[],
): PathFigure[] | null {
  const others = group.peerCount - (typeof ownTotal === 'number' ? 1 : 0);
  if (others < 1 || group.pathMedians.length === 0) return null;
  const byCode = new Map(group.pathMedians.map((m) => [m.code, m.median]));
  const figures = headers.map((h) => ({ code: h.code, name: h.name, percent: byCode.get(h.code) ?? null }));
  return figures.some((f) => f.percent !== null) ? figures : null;
}

export interface RadarChoice {
  /** What the radar draws against, or null when there is nothing to compare with. */
  comparison: RadarComparison | null;
  /** The peers' median was asked for but there is none: the radar fell back to the previous quarter. */
  fellBack: boolean;
}

/** The radar's comparison: the one chosen, or the previous quarter when the peers have no figures. */
export function radarComparison(
  chosen: RadarComparisonKind,
  candidates: { peersMedian: PathFigure[] | null; previous: PathFigure[] | null },
): RadarChoice {
  if (chosen === 'peersMedian' && candidates.peersMedian)
    return { comparison: { kind: 'peersMedian', paths: candidates.peersMedian }, fellBack: false };
  const fellBack = chosen === 'peersMedian';
  return {
    comparison: candidates.previous ? { kind: 'previous', paths: candidates.previous } : null,
    fellBack,
  };
}
