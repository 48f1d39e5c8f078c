/**
 * Frameworks for the engine's tests and its quick benchmark (not exported from the library).
 * `domainFramework` follows docs/domain.md's default-framework table with codes of our own, so the
 * engine is tested against the specification without waiting for libs/frameworks.
 */
import type { Framework, Grade, Indicator, IndicatorInput, Rule, Sector } from '../types';
import { scoreAssessment } from './score';
import { validateValues } from './validate';

const t = (zh: string, en = zh) => ({ zh, en });

export function ind(code: string, rule: Rule, sectors?: Sector[]): Indicator {
  return sectors ? { code, name: t(code), rule, sectors } : { code, name: t(code), rule };
}

export const STANDARD_GRADES: Grade[] = [
  { code: 'EXCELLENT', name: t('优秀', 'Excellent'), min: 90 },
  { code: 'GOOD', name: t('良好', 'Good'), min: 80 },
  { code: 'PASS', name: t('合格', 'Pass'), min: 60 },
  { code: 'FAIL', name: t('不合格', 'Fail'), min: 0 },
];

const GOOD_FAIR_AVERAGE_POOR = (good: number, fair: number, average: number) => [
  { code: 'GOOD', name: t('好', 'good'), points: good },
  { code: 'FAIR', name: t('较好', 'fairly good'), points: fair },
  { code: 'AVERAGE', name: t('一般', 'average'), points: average },
  { code: 'POOR', name: t('差', 'poor'), points: 0 },
];

export const domainFramework: Framework = {
  code: 'DOMAIN',
  version: 1,
  name: t('DOMAIN.md 默认方案', 'DOMAIN.md default framework'),
  grades: STANDARD_GRADES,
  paths: [
    {
      code: 'ORG',
      name: t('组织建设', 'Organization building'),
      weight: 30,
      bonusCap: 5,
      indicators: [
        ind('ORG_MEETINGS', { type: 'ratio', maxPoints: 25 }),
        ind('ORG_PARTY_DAY', { type: 'shortfall', maxPoints: 15, required: 3, deduction: 5 }),
        ind('ORG_LIFE_MEETING', { type: 'boolean', maxPoints: 10 }),
        ind('ORG_DUTY_LIST', {
          type: 'checklist',
          maxPoints: 15,
          deduction: 5,
          items: [
            { code: 'LIST', name: t('清单建立', 'list set up') },
            { code: 'TIERS', name: t('分级管理', 'tiered management') },
            { code: 'OWNERS', name: t('责任到人', 'named owners') },
          ],
        }),
        ind('ORG_PLAN', { type: 'rating', maxPoints: 15, bands: GOOD_FAIR_AVERAGE_POOR(15, 11, 7) }),
        ind('ORG_PLATFORM', { type: 'boolean', maxPoints: 10 }),
        ind('ORG_JOINT', { type: 'count', maxPoints: 10, target: 2 }),
        ind('ORG_RURAL', { type: 'count', maxPoints: 10, target: 1 }, ['RURAL']),
        ind('ORG_INNOVATION', { type: 'bonus', points: 2, cap: 5 }),
      ],
    },
    {
      code: 'SUP',
      name: t('党内监督', 'Supervision'),
      weight: 25,
      indicators: [
        ind('SUP_LIFE_MEETING', { type: 'boolean', maxPoints: 15 }),
        ind('SUP_REVIEW_RATE', {
          type: 'threshold_step',
          maxPoints: 20,
          threshold: 0.9,
          step: 0.1,
          deduction: 5,
        }),
        ind('SUP_VISITS', { type: 'ratio', maxPoints: 20 }),
        ind('SUP_SATISFACTION', {
          type: 'banded',
          maxPoints: 20,
          bands: [
            { min: 0.7, points: 10 },
            { min: 0.85, points: 16 },
            { min: 0.95, points: 20 },
          ],
        }),
        ind('SUP_RECTIFIED', { type: 'ratio', maxPoints: 15 }),
        ind('SUP_OPENNESS', { type: 'count', maxPoints: 10, target: 3 }),
      ],
    },
    {
      code: 'INT',
      name: t('党风廉政', 'Integrity'),
      weight: 20,
      indicators: [
        ind('INT_EDUCATION', { type: 'shortfall', maxPoints: 30, required: 2, deduction: 10 }),
        ind('INT_RISKS', {
          type: 'checklist',
          maxPoints: 30,
          deduction: 10,
          items: [
            { code: 'SURVEY', name: t('排查', 'survey') },
            { code: 'MEASURES', name: t('防控措施', 'measures') },
            { code: 'LEDGER', name: t('台账', 'ledger') },
          ],
        }),
        ind('INT_SELF_CHECK', { type: 'boolean', maxPoints: 20 }),
        ind('INT_PLEDGES', { type: 'ratio', maxPoints: 20 }),
        ind('INT_VIOLATIONS', { type: 'deduction', points: 10, cap: 40 }),
        ind('INT_VETO', { type: 'veto', capGrade: 'FAIL' }),
      ],
    },
    {
      code: 'CAD',
      name: t('干部与培训', 'Cadres and training'),
      weight: 25,
      bonusCap: 3,
      indicators: [
        ind('CAD_ROTATION', { type: 'ratio', maxPoints: 20 }),
        ind('CAD_STUDY_HOURS', { type: 'count', maxPoints: 20, target: 8, unit: t('小时', 'hours') }),
        ind('CAD_APP_ACTIVE', {
          type: 'threshold_step',
          maxPoints: 15,
          threshold: 0.8,
          step: 0.1,
          deduction: 4,
        }),
        ind('CAD_WORKER_TRAINING', { type: 'ratio', maxPoints: 15 }),
        ind('CAD_YOUTH', { type: 'count', maxPoints: 10, target: 1 }),
        ind('CAD_EVALUATION', { type: 'rating', maxPoints: 10, bands: GOOD_FAIR_AVERAGE_POOR(10, 7, 4) }),
        ind('CAD_VOLUNTEER', { type: 'count', maxPoints: 10, target: 4 }),
        ind('CAD_HONOURS', { type: 'bonus', points: 1, cap: 3 }),
      ],
    },
  ],
};

/**
 * A framework around one indicator `X`: a base rule gets a path of exactly its M (scale 1);
 * a bonus, deduction or veto sits beside a boolean `BASE` worth 100.
 */
export function oneIndicatorFramework(rule: Rule, path: { bonusCap?: number } = {}): Framework {
  const isBase = 'maxPoints' in rule;
  const indicators = isBase
    ? [ind('X', rule)]
    : [ind('BASE', { type: 'boolean', maxPoints: 100 }), ind('X', rule)];
  return {
    code: 'ONE',
    version: 1,
    name: t('单指标', 'one indicator'),
    grades: STANDARD_GRADES,
    paths: [
      {
        code: 'P',
        name: t('路径', 'path'),
        weight: 100,
        maxPoints: isBase ? rule.maxPoints : 100,
        ...path,
        indicators,
      },
    ],
  };
}

/** Scores `X` alone in `oneIndicatorFramework` (BASE answered yes beside a bonus, deduction or veto). */
export function scoreOne(rule: Rule, input: IndicatorInput, path: { bonusCap?: number } = {}) {
  const values = 'maxPoints' in rule ? { X: input } : { BASE: true, X: input };
  const result = scoreAssessment(oneIndicatorFramework(rule, path), values);
  return { ...result.paths[0].indicators.find((i) => i.code === 'X')!, result };
}

/** The issue codes (with the field, when one is named) of `X`'s value in `oneIndicatorFramework`. */
export function issuesOfOne(rule: Rule, input: unknown): string[] {
  const values = 'maxPoints' in rule ? { X: input } : { BASE: true, X: input };
  return validateValues(oneIndicatorFramework(rule), values as Record<string, IndicatorInput>).map((i) =>
    i.field ? `${i.field}: ${i.code}` : i.code,
  );
}
