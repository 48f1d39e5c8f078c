/**
 * Chinese text takes full-width punctuation (，：；（）): every reason the engine writes and every
 * problem it names, over the whole docs/domain.md framework, many sample branches and bad inputs,
 * and the Chinese of every rule module's formula line (the admin framework view and the framework
 * schema show it; its math and English keep their own punctuation).
 */
import { RULES, sampleInput } from '../rules/registry';
import { SECTORS, type ValueMap } from '../types';
import { scoreAssessment } from './score';
import { domainFramework } from './test-frameworks';
import { validateValues } from './validate';

const HALF_WIDTH = /[,:;()"]/;
/** For text mixing Chinese with math or English: a half-width , : ; ( ) next to a Chinese character. */
const HALF_WIDTH_BESIDE_CHINESE = /\p{Script=Han}\s*[,:;()]|[,:;()]\s*\p{Script=Han}/u;
const indicators = domainFramework.paths.flatMap((p) => p.indicators);

function seeded(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 48271) % 2147483647) / 2147483647;
}

describe('Chinese reasons and messages use full-width punctuation', () => {
  it('in every reason of sample branches of every sector and quality', () => {
    const seen = new Set<string>();
    for (const sector of SECTORS)
      for (const quality of [0, 0.25, 0.5, 0.75, 1]) {
        const random = seeded(7 + Math.round(quality * 100));
        const values: ValueMap = {};
        for (const indicator of indicators)
          if (!indicator.sectors || indicator.sectors.includes(sector))
            values[indicator.code] = quality === 0.5 ? null : sampleInput(indicator.rule, quality, random);
        const result = scoreAssessment(domainFramework, values, { sector });
        for (const path of result.paths) for (const score of path.indicators) seen.add(score.reason.zh);
      }
    expect(seen.size).toBeGreaterThan(40);
    expect([...seen].filter((zh) => HALF_WIDTH.test(zh))).toEqual([]);
  });

  it('in every problem named for bad inputs', () => {
    // Inputs whose echo (the offending value, shown as data) has no punctuation of its own.
    const bad: unknown[] = [-1, 1.5, 2, true, {}, [], [1]];
    const badRatios: unknown[] = [
      { numerator: 3, denominator: 2 },
      { numerator: 1, denominator: 0 },
      { numerator: -1 },
    ];
    const messages = new Set<string>();
    for (const indicator of indicators)
      for (const input of ['ratio', 'ratio_floor'].includes(indicator.rule.type)
        ? [...bad, ...badRatios]
        : bad)
        for (const issue of validateValues(domainFramework, { [indicator.code]: input } as ValueMap))
          messages.add(issue.message.zh);
    expect(messages.size).toBeGreaterThan(20);
    expect([...messages].filter((zh) => HALF_WIDTH.test(zh))).toEqual([]);
  });

  it('in the Chinese of every rule formula, its math and English left as they are', () => {
    const formulas = RULES.map((module) => module.formula.zh);
    expect(formulas.filter((formula) => /\p{Script=Han}/u.test(formula))).toHaveLength(RULES.length);
    expect(formulas.filter((formula) => HALF_WIDTH_BESIDE_CHINESE.test(formula))).toEqual([]);
    // The check fails on the old half-width lines and passes math beside full-width Chinese.
    expect(HALF_WIDTH_BESIDE_CHINESE.test('扣分项, 扣完为止: −min(cap, points × c).')).toBe(true);
    expect(HALF_WIDTH_BESIDE_CHINESE.test('好/较好/一般/差: the chosen band')).toBe(true);
    expect(HALF_WIDTH_BESIDE_CHINESE.test('低于 t，每低 s 扣 k 分：r ≥ t: M; else max(0, M)')).toBe(false);
  });
});
