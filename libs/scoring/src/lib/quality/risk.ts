/**
 * Review by risk (docs/metrics.md "Open flags", "Self-assessment inflation", "Review risk"): the
 * figures a reviewer sorts a quarter's submissions by. One definition each, here; the API and the
 * review queue both use them.
 */
import { meanGap } from '../figures/gap';

/** How many quarters, up to and including the one reviewed, the inflation averages over. */
export const INFLATION_QUARTERS = 4;

/**
 * Self-assessment inflation (自评虚高): the mean self − official gap of the branch's APPROVED
 * assessments among its last INFLATION_QUARTERS quarters (the reviewed quarter and the three
 * before), rounded half up; null when none was approved. Only a review makes an official score
 * that can differ from the branch's own.
 */
export function selfInflation(approved: readonly { self: number; official: number }[]): number | null {
  return meanGap(approved);
}

export interface RiskFigures {
  /** Data-check flags still open (docs/metrics.md "Open flags"). */
  openFlags: number;
  /** selfInflation, null when the branch has no approved quarter in the window. */
  inflation: number | null;
}

/**
 * Review risk order, riskiest first: more open flags first; equal counts, the larger inflation
 * first (none counts as 0: no history is no evidence of inflating). Negative: `a` is riskier.
 */
export function compareRisk(a: RiskFigures, b: RiskFigures): number {
  return b.openFlags - a.openFlags || (b.inflation ?? 0) - (a.inflation ?? 0);
}

/**
 * The inflation list's order (the committee overview's 自评虚高 list): the larger inflation first,
 * then the branch code (bytes, as the server sorts codes). Negative: `a` comes first.
 */
export function compareInflation(
  a: { inflation: number; branchCode: string },
  b: { inflation: number; branchCode: string },
): number {
  return (
    b.inflation - a.inflation || (a.branchCode < b.branchCode ? -1 : a.branchCode > b.branchCode ? 1 : 0)
  );
}
