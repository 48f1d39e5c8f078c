import { fromNumber } from '../engine/fraction';
import { issuesOfOne, scoreOne } from '../engine/test-frameworks';
import type { Rule } from '../types';
import { bandsAreRates, type BandedRule } from './banded';
import { ruleInput, ruleModule, sampleInput } from './registry';

/** 缺席次数: 0 → 10, 1 → 7, 2 → 5, ≥ 3 → 0 (falling). */
const absences: BandedRule = {
  type: 'banded',
  maxPoints: 10,
  bands: [
    { min: 0, points: 10 },
    { min: 1, points: 7 },
    { min: 2, points: 5 },
    { min: 3, points: 0 },
  ],
};
/** 达标率: ≥ 60% → 6, ≥ 80% → 8, ≥ 90% → 10 (rising, rates). */
const rates: BandedRule = {
  type: 'banded',
  maxPoints: 10,
  bands: [
    { min: 0.6, points: 6 },
    { min: 0.8, points: 8 },
    { min: 0.9, points: 10 },
  ],
};

describe('banded: points of the band with the greatest min ≤ x; below every band 0', () => {
  it.each<[string, Rule, number, number]>([
    ['falling, x = 0: 10', absences, 0, 10],
    ['falling, inside the first band: 10', absences, 0.5, 10],
    ['falling, x = a band min exactly: 7', absences, 1, 7],
    ['falling, x = 2: 5', absences, 2, 5],
    ['falling, just under the next min: 5', absences, 2.9, 5],
    ['falling, last band: 0', absences, 3, 0],
    ['falling, far above: 0', absences, 10, 0],
    ['falling, below every band: 0', absences, -1, 0],
    ['rising, just under the first band: 0', rates, 0.59, 0],
    ['rising, at the first band: 6', rates, 0.6, 6],
    ['rising, at 80%: 8', rates, 0.8, 8],
    ['rising, at 90%: 10', rates, 0.9, 10],
    ['rising, 95%: 10', rates, 0.95, 10],
  ])('%s', (_name, rule, x, points) => {
    expect(scoreOne(rule, x).points).toBe(points);
  });

  it('compiles bands in order of min whatever order they are listed in', () => {
    const module = ruleModule('banded');
    const ctx = { code: 'X', m: fromNumber(10), grades: null as never };
    const calc = module.compile(
      { type: 'banded', maxPoints: 10, bands: [...absences.bands].reverse() } as Rule,
      ctx,
    );
    expect(module.points(calc, 0.5, fromNumber(10)).shown).toBe(10);
    expect(module.points(calc, 1.5, fromNumber(10)).shown).toBe(7);
  });

  it('explains itself in zh and en', () => {
    expect(scoreOne(absences, 1).reason).toEqual({
      zh: '数值 1 属于 ≥1 档，得 7/10 分',
      en: 'value 1 falls in the band ≥ 1: 7 of 10 points',
    });
    // The first band is a band, not "below every band".
    expect(scoreOne(absences, 0).reason).toEqual({
      zh: '数值 0 属于 ≥0 档，得 10/10 分',
      en: 'value 0 falls in the band ≥ 0: 10 of 10 points',
    });
    expect(scoreOne(absences, -1).reason).toEqual({
      zh: '数值 -1 低于所有档次，得 0/10 分',
      en: 'value -1 is below every band: 0 of 10 points',
    });
  });

  it('speaks of rates in percents, as the form enters them', () => {
    expect(scoreOne(rates, 0.8).reason).toEqual({
      zh: '数值 80% 属于 ≥80% 档，得 8/10 分',
      en: 'value 80% falls in the band ≥ 80%: 8 of 10 points',
    });
    expect(scoreOne(rates, 0.3).reason.zh).toMatch(/^数值 30% 低于所有档次/);
  });

  it('takes any number, negatives included', () => {
    expect(issuesOfOne(absences, -1)).toEqual([]);
    expect(issuesOfOne(absences, 'x')).toEqual(['NOT_A_NUMBER']);
  });

  it('checks its bands: strictly ascending min, points at most M', () => {
    const bands = [
      { min: 0, points: 10 },
      { min: 0, points: 5 },
      { min: -1, points: 12 },
    ];
    const problems = ruleModule('banded').check({ type: 'banded', maxPoints: 10, bands } as Rule, {
      gradeCodes: [],
    });
    expect(problems.map((p) => [p.at, p.code])).toEqual([
      [['bands', 1, 'min'], 'BANDS_NOT_ASCENDING'],
      [['bands', 2, 'min'], 'BANDS_NOT_ASCENDING'],
      [['bands', 2, 'points'], 'BAND_ABOVE_MAX'],
    ]);
    expect(problems[0].message).toEqual({
      zh: '分档须按下限 min 严格递增：0 不大于上一档的 0',
      en: 'bands must be listed by strictly ascending min: 0 is not above the previous 0',
    });
    expect(problems[2].message).toEqual({
      zh: '该档分值 12 超过满分 10',
      en: 'band points 12 exceed maxPoints 10',
    });
    expect(ruleModule('banded').check(absences, { gradeCodes: [] })).toEqual([]);
  });

  it('is entered as a percent when every bound is a rate and one is fractional', () => {
    expect(bandsAreRates([0, 0.5, 1])).toBe(true);
    expect(bandsAreRates([0, 1])).toBe(false);
    expect(bandsAreRates([0.5, 2])).toBe(false);
    expect(bandsAreRates([-0.1, 0.5])).toBe(false);
    expect(ruleInput(rates)).toEqual({ kind: 'percent', integer: false, min: 0, max: 1 });
    expect(ruleInput(absences)).toEqual({ kind: 'number', integer: false });
  });

  it('describes its parameters and samples', () => {
    const module = ruleModule('banded');
    expect(module.role).toBe('base');
    expect(module.name).toEqual({ zh: '分档计分', en: 'banded' });
    expect(module.params.required).toEqual(['maxPoints', 'bands']);
    expect(module.maxPoints(absences)).toBe(10);
    const random = () => 0.5;
    // The band at rank floor((1 − q) × n) by points, then min + random × width × 0.9, to the hundredth.
    expect(sampleInput(absences, 1, random)).toBe(0.45);
    expect(sampleInput(absences, 0.5, random)).toBe(2.45);
    expect(sampleInput(absences, 0, random)).toBe(3.07);
    expect(sampleInput(rates, 1, random)).toBe(0.92);
    expect(
      sampleInput({ type: 'banded', maxPoints: 5, bands: [{ min: 0, points: 5 }] } as Rule, 0, random),
    ).toBe(0.02);
  });
});
