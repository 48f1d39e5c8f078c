/**
 * Iglewicz and Hoaglin's modified z-score: M = 0.6745 × (x − median) / MAD, MAD the median of
 * |xᵢ − median|. Robust: one wild value barely moves the median and the MAD, so it cannot hide
 * itself the way it inflates a mean and a standard deviation.
 *
 * MAD = 0 (more than half the values equal the median, common for counts such as "3 meetings"):
 * the formula divides by zero. Then M = (x − median) / (1.253314 × meanAD), meanAD the mean of
 * |xᵢ − median| (the fallback IBM SPSS uses; 1.253314 ≈ √(π/2) makes meanAD estimate σ). If meanAD
 * is 0 too, every value is equal and M = 0.
 */
export const MAD_CONSTANT = 0.6745;
export const MEAN_AD_CONSTANT = 1.253314;

export interface ModifiedZ {
  score: number;
  median: number;
  /** The median absolute deviation. */
  mad: number;
  /** Set when MAD = 0 and the mean absolute deviation stood in. */
  meanAd?: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  return medianOfSorted([...values].sort((a, b) => a - b));
}

function medianOfSorted(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** x's modified z-score within `sample` (which includes x). */
export function modifiedZScore(x: number, sample: readonly number[]): ModifiedZ {
  if (sample.length === 0) throw new Error('median of no values');
  return modifiedZScoreOfSorted(
    x,
    [...sample].sort((a, b) => a - b),
  );
}

/**
 * The same on a sample already sorted ascending (x included), without sorting: the deviations of a
 * sorted sample from its median are two sorted runs (below and above it), merged in one pass. A set
 * of branches shares one sorted sample per peer group (check-set.ts), so a group of n costs n, not
 * n log n, per branch. The mean absolute deviation is summed in ascending order whichever way the
 * sample came, so a form and the server get the same figure for the same values.
 */
export function modifiedZScoreOfSorted(x: number, sorted: readonly number[]): ModifiedZ {
  if (sorted.length === 0) throw new Error('median of no values');
  const center = medianOfSorted(sorted);
  const deviations = deviationsFrom(sorted, center);
  const mad = medianOfSorted(deviations);
  if (mad > 0) return { score: (MAD_CONSTANT * (x - center)) / mad, median: center, mad };
  const meanAd = deviations.reduce((sum, d) => sum + d, 0) / deviations.length;
  const score = meanAd > 0 ? (x - center) / (MEAN_AD_CONSTANT * meanAd) : 0;
  return { score, median: center, mad, meanAd };
}

/** |v − center| of every v of `sorted` (ascending), ascending. */
function deviationsFrom(sorted: readonly number[], center: number): number[] {
  let split = 0;
  while (split < sorted.length && sorted[split] < center) split++;
  const out: number[] = [];
  let below = split - 1; // walks down: center − sorted[below] grows
  let above = split; // walks up: sorted[above] − center grows
  while (below >= 0 || above < sorted.length) {
    const down = below >= 0 ? center - sorted[below] : Infinity;
    const up = above < sorted.length ? sorted[above] - center : Infinity;
    if (down <= up) {
      out.push(down);
      below--;
    } else {
      out.push(up);
      above++;
    }
  }
  return out;
}

/** `sorted` (ascending) with `x` put in its place: a new array. */
export function withSorted(sorted: readonly number[], x: number): number[] {
  const at = lowerBound(sorted, x);
  return [...sorted.slice(0, at), x, ...sorted.slice(at)];
}

function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
