/**
 * The self–official gap (docs/metrics.md "Self–official gap"): self total − official total of the same
 * assessment, in exact cents, so the figure equals what a reader subtracts from the two shown totals.
 * Positive: the branch rated itself higher than the review did. Every reader (the quarterly workbook
 * and PDF, the branch report, the API's stored-score reader) takes the gap from here.
 */
export function scoreGap(self: number, official: number): number {
  return (Math.round(self * 100) - Math.round(official * 100)) / 100;
}

/** Gap of every path the two scores share: path code → self points − official points. */
export function pathGaps(
  self: readonly { code: string; points: number }[],
  official: readonly { code: string; points: number }[],
): Record<string, number> {
  const gaps: Record<string, number> = {};
  for (const path of self) {
    const other = official.find((p) => p.code === path.code);
    if (other) gaps[path.code] = scoreGap(path.points, other.points);
  }
  return gaps;
}

/** Mean gap over the assessments that have both scores, rounded half up to 2 places; null when none. */
export function meanGap(pairs: readonly { self: number; official: number }[]): number | null {
  if (pairs.length === 0) return null;
  const cents = pairs.reduce((sum, p) => sum + Math.round(scoreGap(p.self, p.official) * 100), 0);
  // Half up on a value in cents: sign-aware so −0.005 rounds to −0.01 as Decimal's ROUND_HALF_UP does.
  const mean = cents / pairs.length;
  return (Math.sign(mean) * Math.round(Math.abs(mean))) / 100;
}
