/**
 * `banded`: points of the band with the greatest lower bound ≤ x; below every band, 0. Bands may
 * rise or fall (absences: 0 → 10, 1 → 7, 2 → 5, ≥ 3 → 0). docs/domain.md#banded. Input: a number x.
 */
import { fmtPercent, fromNumber, Fraction, ZERO } from '../engine/fraction';
import { defineRule, type RuleProblem } from './rule-module';
import { arrayOf, checkNumber, VALUE_MAX, clamp01, MAX_POINTS } from './shared';

export interface NumericBand {
  /** Lower bound (inclusive). The band with the greatest lower bound ≤ x applies. */
  min: number;
  points: number;
}

export interface BandedRule {
  type: 'banded';
  maxPoints: number;
  /** Listed in ascending order of `min`; points may rise or fall. */
  bands: NumericBand[];
}

interface BandedCalc {
  mins: number[];
  points: Fraction[];
  /** Bands over rates: values and bounds read as percents, as the form enters them (0.73 → 73%). */
  rates: boolean;
}

/** Banded rules over rates (every bound within 0..1, some fractional) are entered as percents. */
export function bandsAreRates(bounds: number[]): boolean {
  return bounds.every((b) => b >= 0 && b <= 1) && bounds.some((b) => !Number.isInteger(b));
}

/** The band with the greatest lower bound ≤ x, or −1 below every band. */
function bandIndex(mins: number[], x: number): number {
  return mins.findLastIndex((min) => x >= min);
}

export const banded = defineRule<BandedRule, BandedCalc>({
  type: 'banded',
  role: 'base',
  defaults: {
    type: 'banded',
    maxPoints: 10,
    bands: [
      { min: 0, points: 0 },
      { min: 1, points: 5 },
      { min: 3, points: 10 },
    ],
  },
  name: { zh: '分档计分', en: 'banded' },
  formula: {
    zh: '按填报数值所在分档计分：取下限不超过该数值的最高一档，低于所有分档得 0 分；填一个数。',
    en: 'Points of the band with the greatest min ≤ x (bands listed by strictly ascending min; below every band 0). Input: a number x.',
  },
  params: {
    properties: { maxPoints: MAX_POINTS, bands: arrayOf('numericBand', 20) },
    required: ['maxPoints', 'bands'],
  },
  check(rule) {
    const problems: RuleProblem[] = [];
    rule.bands.forEach((band, i) => {
      if (i > 0 && !(band.min > rule.bands[i - 1].min))
        problems.push({
          at: ['bands', i, 'min'],
          code: 'BANDS_NOT_ASCENDING',
          message: {
            zh: `分档须按下限 min 严格递增：${band.min} 不大于上一档的 ${rule.bands[i - 1].min}`,
            en: `bands must be listed by strictly ascending min: ${band.min} is not above the previous ${rule.bands[i - 1].min}`,
          },
        });
      if (band.points > rule.maxPoints)
        problems.push({
          at: ['bands', i, 'points'],
          code: 'BAND_ABOVE_MAX',
          message: {
            zh: `该档分值 ${band.points} 超过满分 ${rule.maxPoints}`,
            en: `band points ${band.points} exceed maxPoints ${rule.maxPoints}`,
          },
        });
    });
    return problems;
  },
  input: (rule) =>
    bandsAreRates(rule.bands.map((b) => b.min))
      ? { kind: 'percent', integer: false, min: 0, max: 1 }
      : { kind: 'number', integer: false },
  maxPoints: (rule) => rule.maxPoints,
  compile(rule) {
    const bands = [...rule.bands].sort((a, b) => a.min - b.min);
    return {
      mins: bands.map((b) => b.min),
      // Stryker disable next-line BooleanLiteral: equivalent, `fixed` only lets the scorer cache these points' rescaled value (fraction.ts)
      points: bands.map((b) => fromNumber(b.points, true)),
      rates: bandsAreRates(bands.map((b) => b.min)),
    };
  },
  validate: (input, _calc, fail) =>
    void checkNumber(input, fail, { allowNegative: true, max: VALUE_MAX.measure }),
  points(calc, input) {
    const band = bandIndex(calc.mins, input as number);
    return band < 0 ? ZERO : calc.points[band];
  },
  explain(calc, input) {
    const x = input as number;
    const i = bandIndex(calc.mins, x);
    const shown = (v: number) => (calc.rates ? fmtPercent(v) : String(v));
    if (i < 0) return { zh: `数值 ${shown(x)} 低于所有档次`, en: `value ${shown(x)} is below every band` };
    return {
      zh: `数值 ${shown(x)} 属于 ≥${shown(calc.mins[i])} 档`,
      en: `value ${shown(x)} falls in the band ≥ ${shown(calc.mins[i])}`,
    };
  },
  // A rate is shown as the percent the branch entered (73%), not as the stored 0.73.
  describeInput: (rule, input) =>
    typeof input === 'number' && bandsAreRates(rule.bands.map((b) => b.min))
      ? { zh: fmtPercent(input), en: fmtPercent(input) }
      : null,
  sample(rule, q, random) {
    const byPoints = rule.bands.map((band, i) => ({ band, i })).sort((x, y) => y.band.points - x.band.points);
    const chosen = byPoints[Math.min(byPoints.length - 1, Math.floor((1 - clamp01(q)) * byPoints.length))];
    const next = rule.bands[chosen.i + 1];
    const width = next ? next.min - chosen.band.min : Math.max(0.05, Math.abs(chosen.band.min) * 0.05);
    return Math.round((chosen.band.min + random() * width * 0.9) * 100) / 100;
  },
});
