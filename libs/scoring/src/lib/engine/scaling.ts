/**
 * Sector applicability and the rescaling of a path's applicable base indicators to its maxPoints
 * (docs/domain.md, "Sectors and rescaling").
 */
import type { Indicator, Sector } from '../types';
import { ratioOf, type CompiledFramework, type CompiledPath } from './compile';
import { fromNumber, ONE, plus, times, ZERO, type Fraction } from './fraction';

/** Sector-dependent figures of one path: which indicators apply and the rescaling factor. */
export interface PathScaling {
  applicable: boolean[];
  /** path maxPoints / Σ M of applicable base indicators, as a fraction. */
  factor: Fraction;
  /** The factor's two sides for the explanation (×100/110). */
  num: Fraction;
  den: Fraction;
  isOne: boolean;
  /** The factor as a JS number (the result's `scale`). */
  scale: number;
  /** Each indicator's M after rescaling (0 for non-base). */
  scaledMax: Fraction[];
  /** scaledMax rounded for the result. */
  scaledMaxShown: number[];
  /** Rescaled fixed fractions (framework constants, memoized points), filled lazily. */
  scaled: Map<Fraction, Fraction>;
}

export function isApplicable(indicator: Indicator, sector?: Sector): boolean {
  return sector === undefined || indicator.sectors === undefined || indicator.sectors.includes(sector);
}

/** Applicability and rescaling of every path for a sector (cached per compiled framework). */
export function scalingFor(compiled: CompiledFramework, sector?: Sector): PathScaling[] {
  const key = sector ?? 'ALL';
  let scaling = compiled.scalingBySector.get(key);
  if (!scaling) {
    scaling = compiled.paths.map((path) => pathScaling(path, sector));
    compiled.scalingBySector.set(key, scaling);
  }
  return scaling;
}

function pathScaling(path: CompiledPath, sector?: Sector): PathScaling {
  const applicable = path.indicators.map((ci) => isApplicable(ci.indicator, sector));
  const sumM = path.indicators.reduce(
    (sum, ci, i) => (applicable[i] && ci.role === 'base' ? plus(sum, ci.m) : sum),
    ZERO,
  );
  const maxPoints = fromNumber(path.path.maxPoints ?? 100, true);
  // A path without applicable base indicators has nothing to rescale.
  const isOne = sumM.isZero() || (sumM.num === maxPoints.num && sumM.den === maxPoints.den);
  const factor = isOne ? ONE : ratioOf(maxPoints, sumM);
  const scaledMax = path.indicators.map((ci) =>
    (ci.role !== 'base' ? ZERO : isOne ? ci.m : times(ci.m, factor)).asFixed(),
  );
  return {
    applicable,
    factor,
    num: isOne ? ONE : maxPoints,
    den: isOne ? ONE : sumM,
    isOne,
    scale: isOne ? 1 : toNumber(factor),
    scaledMax,
    scaledMaxShown: scaledMax.map((m) => m.shown),
    scaled: new Map(),
  };
}

/** The double nearest to a fraction (num / den is correctly rounded when both are safe integers). */
function toNumber(x: Fraction): number {
  return x.big === null ? x.num / x.den : Number(x.big.num) / Number(x.big.den);
}
