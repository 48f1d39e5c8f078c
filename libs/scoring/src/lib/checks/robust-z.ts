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
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** x's modified z-score within `sample` (which includes x). */
export function modifiedZScore(x: number, sample: readonly number[]): ModifiedZ {
  const center = median(sample);
  const deviations = sample.map((value) => Math.abs(value - center));
  const mad = median(deviations);
  if (mad > 0) return { score: (MAD_CONSTANT * (x - center)) / mad, median: center, mad };
  const meanAd = deviations.reduce((sum, d) => sum + d, 0) / deviations.length;
  const score = meanAd > 0 ? (x - center) / (MEAN_AD_CONSTANT * meanAd) : 0;
  return { score, median: center, mad, meanAd };
}
