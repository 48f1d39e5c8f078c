import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreAssessment as legacyScore } from '../legacy/score';
import {
  SECTORS,
  type Framework,
  type Indicator,
  type IndicatorInput,
  type Rule,
  type Sector,
  type ValueMap,
} from '../types';
import { isApplicable } from './scaling';
import { scoreAssessment } from './score';
import { domainFramework, ind, STANDARD_GRADES } from './test-frameworks';

/*
 * Issue 12: the one new scorer against the old pair (exact fractions with a decimal fallback, kept
 * in ../legacy until this passes). 100,000+ random branches of the default framework, of the
 * DOMAIN.md framework and of frameworks using every rule (rescaling, bonus caps, a checklist past
 * 10 items that the old engine scored with decimals, odd weights and maxPoints); every figure of
 * the result must be equal, and on a share of them the reasons too.
 */

const defaultFramework = JSON.parse(
  readFileSync(join(__dirname, '../../../../frameworks/data/default-framework.json'), 'utf8'),
) as Framework;

const t = (zh: string, en = zh) => ({ zh, en });

/** Every rule, some twice with other parameters, over three paths with awkward figures. */
const everyRuleFramework: Framework = {
  code: 'EVERY',
  version: 1,
  name: t('每种规则', 'every rule'),
  grades: STANDARD_GRADES,
  paths: [
    {
      code: 'A',
      name: t('甲'),
      weight: 33.3,
      maxPoints: 70,
      bonusCap: 2.5,
      indicators: [
        ind('A_RATIO', { type: 'ratio', maxPoints: 12.5 }),
        ind('A_RATIO_T', { type: 'ratio', maxPoints: 7.5, target: 0.85 }),
        ind('A_COUNT', { type: 'count', maxPoints: 10, target: 7.5, unit: t('小时', 'hours') }),
        ind('A_SHORT', { type: 'shortfall', maxPoints: 10, required: 4, deduction: 3 }),
        ind('A_STEP', { type: 'threshold_step', maxPoints: 10, threshold: 0.95, step: 0.05, deduction: 1.5 }),
        ind('A_RATING', {
          type: 'rating',
          maxPoints: 10,
          bands: [
            { code: 'G', name: t('好', 'good'), points: 10 },
            { code: 'F', name: t('较好', 'fair'), points: 7.3 },
            { code: 'P', name: t('差', 'poor'), points: 0 },
          ],
        }),
        ind(
          'A_BANDED',
          {
            type: 'banded',
            maxPoints: 10,
            bands: [
              { min: 0, points: 10 },
              { min: 1, points: 7 },
              { min: 2, points: 5 },
              { min: 3, points: 0 },
            ],
          },
          ['RURAL', 'COMMUNITY', 'SOE'],
        ),
        ind('A_RURAL', { type: 'count', maxPoints: 3.3, target: 3 }, ['RURAL']),
        ind('A_BONUS1', { type: 'bonus', points: 0.7, cap: 2 }),
        ind('A_BONUS2', { type: 'bonus', points: 1.1, cap: 3 }),
        ind('A_DED', { type: 'deduction', points: 2.5, cap: 15 }),
      ],
    },
    {
      code: 'B',
      name: t('乙'),
      weight: 41.7,
      indicators: [
        ind('B_PENALTY', { type: 'penalty', maxPoints: 15, deduction: 4 }),
        ind('B_CHECK12', {
          type: 'checklist',
          maxPoints: 30,
          deduction: 2.5,
          items: Array.from({ length: 12 }, (_, i) => ({
            code: `I${i}`,
            name: t(`项${i}`, `item ${i}`),
            ...(i % 4 === 0 ? { deduction: 3.3 } : {}),
          })),
        }),
        ind('B_CHECK3', {
          type: 'checklist',
          maxPoints: 15,
          deduction: 5,
          items: ['X', 'Y', 'Z'].map((code) => ({ code, name: t(code) })),
        }),
        ind('B_BOOL', { type: 'boolean', maxPoints: 20 }, ['ORGAN', 'INSTITUTION', 'NEW_ORG', 'SOE']),
        ind('B_SAT', {
          type: 'banded',
          maxPoints: 20,
          bands: [
            { min: 0.7, points: 10 },
            { min: 0.85, points: 16 },
            { min: 0.95, points: 20 },
          ],
        }),
        ind('B_STEP', { type: 'threshold_step', maxPoints: 20, threshold: 0.9, step: 0.1, deduction: 5 }),
        ind('B_VETO', { type: 'veto', capGrade: 'PASS' }),
        ind('B_VETO2', { type: 'veto' }),
      ],
    },
    {
      code: 'C',
      name: t('丙'),
      weight: 25,
      maxPoints: 30,
      bonusCap: 1,
      indicators: [
        ind('C_RATIO', { type: 'ratio', maxPoints: 10, target: 0.9 }),
        ind('C_COUNT', { type: 'count', maxPoints: 20, target: 3 }),
        ind('C_BONUS', { type: 'bonus', points: 0.4, cap: 1.2 }),
        ind('C_DED', { type: 'deduction', points: 7, cap: 40 }),
      ],
    },
  ],
};

/** mulberry32: deterministic, so a failure names a reproducible branch. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** A valid input, often on the edges: zeros, targets exactly met, rates on a step, 3-decimal hours. */
function randomInput(rule: Rule, random: () => number): IndicatorInput {
  const int = (max: number) => Math.floor(random() * (max + 1));
  switch (rule.type) {
    case 'ratio': {
      const d = random() < 0.05 ? 1 + int(2_000_000) : 1 + int(60);
      return { numerator: random() < 0.2 ? d : int(d), denominator: d };
    }
    case 'count':
      return random() < 0.5 ? int(12) : int(15000) / 1000;
    case 'shortfall':
    case 'penalty':
    case 'bonus':
    case 'deduction':
      return random() < 0.02 ? int(2000) : int(12);
    case 'threshold_step':
      return random() < 0.5 ? int(100) / 100 : int(1000) / 1000;
    case 'banded':
      return random() < 0.5 ? int(5) : int(100) / 100;
    case 'rating':
      return rule.bands[int(rule.bands.length - 1)].code;
    case 'checklist':
      return rule.items.filter(() => random() < 0.7).map((item) => item.code);
    case 'boolean':
      return random() < 0.7;
    case 'veto':
      return random() < 0.05;
  }
}

function randomBranch(
  framework: Framework,
  random: () => number,
): { sector: Sector | undefined; values: ValueMap } {
  const sector = random() < 0.15 ? undefined : SECTORS[Math.floor(random() * SECTORS.length)];
  const values: ValueMap = {};
  const indicators: Indicator[] = framework.paths.flatMap((path) => path.indicators);
  for (const indicator of indicators) {
    if (!isApplicable(indicator, sector) || random() < 0.05) continue;
    values[indicator.code] = randomInput(indicator.rule, random);
  }
  return { sector, values };
}

const withoutReasons = (key: string, value: unknown) => (key === 'reason' ? undefined : value);

function compareEngines(framework: Framework, branches: number, seed: number, explainEvery: number): number {
  const random = prng(seed);
  let compared = 0;
  for (let b = 0; b < branches; b++) {
    const { sector, values } = randomBranch(framework, random);
    const explain = b % explainEvery === 0;
    const now = scoreAssessment(framework, values, { sector, explain });
    const before = legacyScore(framework, values, { sector, explain });
    const [a, c] = explain
      ? [JSON.stringify(now), JSON.stringify(before)]
      : [JSON.stringify(now, withoutReasons), JSON.stringify(before, withoutReasons)];
    if (a !== c)
      expect({ branch: b, sector, values, result: JSON.parse(a) }).toEqual({
        branch: b,
        sector,
        values,
        result: JSON.parse(c),
      });
    compared++;
  }
  return compared;
}

describe('the one scorer agrees with the old pair on every figure', () => {
  it.each<[string, Framework, number, number]>([
    ['the default framework', defaultFramework, 40_000, 1],
    ['the DOMAIN.md framework', domainFramework, 20_000, 2],
    ['a framework using every rule', everyRuleFramework, 40_000, 3],
  ])('%s', (_name, framework, branches, seed) => {
    // Reasons are compared on every 20th branch (building them is the slow part).
    expect(compareEngines(framework, branches, seed, 20)).toBe(branches);
  });
});
