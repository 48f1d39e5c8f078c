/**
 * `rating` (好/较好/一般/差): the chosen band's points; M is the highest band's. docs/domain.md#rating.
 * Input: a band code (a band's zh or en name is accepted as an alias).
 */
import { fromNumber, Fraction } from '../engine/fraction';
import { show } from '../engine/issues';
import type { LocalizedText } from '../types';
import { defineRule } from './rule-module';
import { arrayOf, duplicateCodes, MAX_POINTS } from './shared';

export interface RatingBand {
  /** Stable code used in values files and the database, e.g. `GOOD`. */
  code: string;
  name: LocalizedText;
  points: number;
}

export interface RatingRule {
  type: 'rating';
  maxPoints: number;
  bands: RatingBand[];
}

interface RatingCalc {
  byLabel: Map<string, { band: RatingBand; points: Fraction }>;
}

function bandOf(rule: RatingRule, label: string): RatingBand | undefined {
  return (
    rule.bands.find((b) => b.code === label) ??
    rule.bands.find((b) => b.name.zh === label || b.name.en === label)
  );
}

export const rating = defineRule<RatingRule, RatingCalc>({
  type: 'rating',
  role: 'base',
  defaults: {
    type: 'rating',
    maxPoints: 10,
    bands: [
      { code: 'GOOD', name: { zh: '好', en: 'good' }, points: 10 },
      { code: 'FAIR', name: { zh: '较好', en: 'fairly good' }, points: 7 },
      { code: 'AVERAGE', name: { zh: '一般', en: 'average' }, points: 4 },
      { code: 'POOR', name: { zh: '差', en: 'poor' }, points: 0 },
    ],
  },
  name: { zh: '等级评定', en: 'rating' },
  formula: {
    zh: '按所选档次（如好、较好、一般、差）的分值计分，满分即最高档的分值。',
    en: "The chosen band's points; maxPoints equals the highest band. Input: a band code.",
  },
  params: {
    properties: { maxPoints: MAX_POINTS, bands: arrayOf('ratingBand', 20) },
    required: ['maxPoints', 'bands'],
  },
  check(rule) {
    const problems = duplicateCodes(
      rule.bands.map((band) => band.code),
      'bands',
      'band',
    );
    const highest = Math.max(...rule.bands.map((band) => band.points));
    if (highest !== rule.maxPoints)
      problems.push({
        at: ['maxPoints'],
        code: 'RATING_MAX_MISMATCH',
        message: {
          zh: `满分 ${rule.maxPoints} 应等于最高档的分值 ${highest}`,
          en: `maxPoints ${rule.maxPoints} must equal the highest band's points ${highest}`,
        },
      });
    return problems;
  },
  input: (rule) => ({
    kind: 'band',
    integer: false,
    options: rule.bands.map((b) => ({ value: b.code, label: b.name })),
  }),
  maxPoints: (rule) => rule.maxPoints,
  compile(rule) {
    const byLabel = new Map<string, { band: RatingBand; points: Fraction }>();
    // Stryker disable next-line BooleanLiteral: equivalent, `fixed` only lets the scorer cache these points' rescaled value (fraction.ts)
    const entry = (band: RatingBand) => ({ band, points: fromNumber(band.points, true) });
    // Names are aliases of the code; a code always wins over another band's name.
    for (const band of rule.bands)
      for (const label of [band.name.en, band.name.zh]) byLabel.set(label, entry(band));
    for (const band of rule.bands) byLabel.set(band.code, entry(band));
    return { byLabel };
  },
  validate(input, calc, fail) {
    if (typeof input !== 'string') fail('WRONG_SHAPE', 'a band code');
    else if (!calc.byLabel.has(input)) fail('UNKNOWN_BAND', show(input));
  },
  points: (calc, input) => calc.byLabel.get(input as string)!.points,
  explain(calc, input) {
    // Only a validated value is explained: its label is known.
    const band = calc.byLabel.get(input as string)!.band.name;
    return { zh: `评定为 ${band.zh}`, en: `rated ${band.en}` };
  },
  describeInput: (rule, input) =>
    typeof input === 'string' ? (bandOf(rule, input)?.name ?? { zh: input, en: input }) : null,
  sample(rule, q) {
    const bands = [...rule.bands].sort((x, y) => y.points - x.points);
    const index = q > 0.8 ? 0 : q > 0.6 ? 1 : q > 0.35 ? 2 : 3;
    return bands[Math.min(index, bands.length - 1)].code;
  },
});
