/** Sector applicability and the rescaling of a path's applicable base indicators to its maxPoints. */
import type { Indicator, Sector } from './types';
import { ratioOf, type CompiledFramework, type CompiledPath } from './compile';
import { constant, Dec, shown, ZERO } from './decimal';
import type { Exact } from './exact';

/** Sector-dependent figures of one path: which indicators apply and the rescaling factor. */
export interface PathScaling {
  applicable: boolean[];
  /** scale = num / den = path maxPoints / Σ M of applicable base indicators. */
  num: Dec;
  den: Dec;
  isOne: boolean;
  scale: number;
  /** Each indicator's M after rescaling (0 for non-base). */
  scaledMax: Dec[];
  /** Rescaled points of constant raw points, filled lazily. */
  scaledConstants: WeakMap<Dec, Dec>;
  /** num / den as an exact fraction (INEXACT: the path is scored with decimals). */
  exactScale: Exact;
  /** Rescaled fixed fractions (framework constants, memoized points), filled lazily. */
  exactScaled: Map<Exact, Exact>;
  /** scaledMax rounded for the result. */
  scaledMaxShown: number[];
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
  const den = path.indicators.reduce(
    (sum, ci, i) => (applicable[i] && ci.category === 'base' ? sum.plus(ci.m) : sum),
    ZERO,
  );
  // A path without applicable base indicators has nothing to rescale.
  const isOne = den.isZero() || den.eq(path.maxPoints);
  const num = isOne ? constant(1) : path.maxPoints;
  const denominator = isOne ? constant(1) : constant(den);
  const scaledMax = path.indicators.map((ci) =>
    constant(ci.category !== 'base' ? ZERO : isOne ? ci.m : ci.m.times(num).div(denominator)),
  );
  const exactScale = ratioOf(num, denominator);
  return {
    applicable,
    num,
    den: denominator,
    isOne,
    scale: isOne ? 1 : num.div(denominator).toNumber(),
    scaledMax,
    scaledConstants: new WeakMap(),
    exactScale,
    exactScaled: new Map(),
    scaledMaxShown: scaledMax.map(shown),
  };
}
