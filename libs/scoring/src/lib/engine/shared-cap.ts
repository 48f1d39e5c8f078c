/**
 * A bonus cap shared in order (docs/domain.md#total): a path's `bonusCap`, or the year's. Each bonus
 * counts what the cap still leaves; no cap (null) lets every bonus count in full.
 */
import { compare, Fraction, minus } from './fraction';

export class SharedCap {
  constructor(private left: Fraction | null) {}

  /** The part of `raw` that counts, taken from what the cap leaves. */
  take(raw: Fraction): Fraction {
    if (this.left === null || raw.isZero()) return raw;
    const counted = compare(raw, this.left) <= 0 ? raw : this.left;
    this.left = minus(this.left, counted);
    return counted;
  }
}
