/** Scenarios with hand-computed flags and z-scores (issue 17, items 1 and 5). */
import { ind, STANDARD_GRADES } from '../engine/test-frameworks';
import type { Framework, ValueMap } from '../types';
import { checkValues } from './check-values';

const t = (zh: string, en: string) => ({ zh, en });

const framework: Framework = {
  code: 'CHECKS',
  version: 1,
  name: t('数据校验', 'Data checks'),
  grades: STANDARD_GRADES,
  paths: [
    {
      code: 'P',
      name: t('路径', 'Path'),
      weight: 100,
      indicators: [
        { ...ind('MEETINGS', { type: 'ratio', maxPoints: 30 }), name: t('三会一课', 'Meetings') },
        {
          ...ind('STUDY', { type: 'count', maxPoints: 20, target: 8 }),
          name: t('人均学习时长', 'Study hours'),
          expectedRange: { min: 1, max: 40 },
        },
        {
          ...ind('VOLUNTEER', { type: 'count', maxPoints: 10, target: 4 }),
          name: t('志愿服务', 'Volunteer hours'),
        },
        {
          ...ind('XUEXI', { type: 'threshold_step', maxPoints: 15, threshold: 0.8, step: 0.1, deduction: 4 }),
          name: t('学习强国活跃率', 'Xuexi activity'),
          expectedRange: { min: 0.3 },
        },
        ind('LIFE', { type: 'boolean', maxPoints: 10 }),
        ind('RURAL', { type: 'count', maxPoints: 15, target: 1 }, ['RURAL']),
      ],
    },
  ],
  checks: {
    jumpShare: 0.5,
    validationRules: [
      {
        code: 'MEETINGS_REQUIRED',
        name: t('每季度应开三会一课 12 次', '12 meetings are due a quarter'),
        left: { terms: [{ indicator: 'MEETINGS', part: 'denominator' }] },
        operator: 'equal_to',
        right: { constant: 12 },
      },
      {
        code: 'VOLUNTEER_WITHIN_STUDY',
        name: t('志愿服务时长不超过学习时长的 3 倍', 'Volunteer hours at most 3 × study hours'),
        left: { terms: [{ indicator: 'VOLUNTEER' }] },
        operator: 'less_than_or_equal_to',
        right: { terms: [{ indicator: 'STUDY', factor: 3 }] },
      },
    ],
  },
};

const clean: ValueMap = {
  MEETINGS: { numerator: 11, denominator: 12 },
  STUDY: 8,
  VOLUNTEER: 6,
  XUEXI: 0.85,
  LIFE: true,
};

const codes = (values: ValueMap, context = {}) =>
  checkValues(framework, { ...clean, ...values }, context).map((flag) => `${flag.code}:${flag.indicator}`);

describe('checkValues: validation rules', () => {
  it('raises nothing for values that pass every check', () => {
    expect(checkValues(framework, clean)).toEqual([]);
  });

  it('flags a 三会一课 denominator other than the quarter requires （10 ≠ 12）', () => {
    const [flag] = checkValues(framework, { ...clean, MEETINGS: { numerator: 10, denominator: 10 } });
    expect(flag).toEqual({
      code: 'VALIDATION_RULE_VIOLATED',
      indicator: 'MEETINGS',
      indicators: ['MEETINGS'],
      rule: 'MEETINGS_REQUIRED',
      severity: 'warning',
      figures: { left: 10, right: 12 },
      message: {
        zh: '未满足校验规则「每季度应开三会一课 12 次」：10 应等于 12（=）。',
        en: 'Validation rule "12 meetings are due a quarter" not met: 10 should be equal to 12 (=).',
      },
    });
  });

  it('flags volunteer hours above 3 × study hours (25 > 3 × 8 = 24), not at 24', () => {
    const flags = checkValues(framework, { ...clean, VOLUNTEER: 25 });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      rule: 'VOLUNTEER_WITHIN_STUDY',
      indicator: 'VOLUNTEER',
      indicators: ['VOLUNTEER', 'STUDY'],
      figures: { left: 25, right: 24 },
    });
    expect(flags[0].message.zh).toBe(
      '未满足校验规则「志愿服务时长不超过学习时长的 3 倍」：25 应不大于 24（≤）。',
    );
    expect(codes({ VOLUNTEER: 24 })).toEqual([]);
  });

  it('compares the exact decimals: 0.1 + 0.2 hours equal 0.3 (in floats they would not)', () => {
    const exact: Framework = {
      ...framework,
      checks: {
        validationRules: [
          {
            code: 'SUM',
            name: t('和', 'sum'),
            left: { terms: [{ indicator: 'STUDY' }, { indicator: 'VOLUNTEER' }] },
            operator: 'equal_to',
            right: { constant: 0.3 },
          },
        ],
      },
    };
    expect(checkValues(exact, { ...clean, STUDY: 0.1, VOLUNTEER: 0.2 }).filter((f) => f.rule)).toEqual([]);
  });

  it('skips a rule when a value it names is missing (DHIS2 SKIP_IF_ANY_VALUE_MISSING)', () => {
    expect(codes({ STUDY: null, VOLUNTEER: 100 })).toEqual([]);
  });
});

describe('checkValues: expected ranges', () => {
  it('flags a value above max and one below min, with the figures', () => {
    expect(codes({ STUDY: 45, VOLUNTEER: 0 })).toEqual(['ABOVE_EXPECTED_RANGE:STUDY']);
    const [below] = checkValues(framework, { ...clean, STUDY: 0.5, VOLUNTEER: 0 });
    expect(below).toMatchObject({ code: 'BELOW_EXPECTED_RANGE', figures: { value: 0.5, min: 1 } });
    expect(below.message).toEqual({
      zh: '人均学习时长为 0.5，低于预期下限 1，请核对。',
      en: 'Study hours is 0.5, below the expected minimum 1; please check it.',
    });
  });

  it('shows a rate as a percent: 20% below the expected 30%', () => {
    const [flag] = checkValues(framework, { ...clean, XUEXI: 0.2 });
    expect(flag.message.zh).toBe('学习强国活跃率为 20%，低于预期下限 30%，请核对。');
  });

  it('accepts the bounds themselves', () => {
    expect(codes({ STUDY: 40, VOLUNTEER: 0 })).toEqual([]);
    expect(codes({ STUDY: 1, VOLUNTEER: 0 })).toEqual([]);
  });
});

describe('checkValues: jump from the previous quarter (share 0.5)', () => {
  const previous: ValueMap = { ...clean, STUDY: 8, MEETINGS: { numerator: 12, denominator: 12 } };

  it('flags 8 → 12.5 hours (|12.5 − 8| / 8 = 56.25% > 50%), not 8 → 12 (exactly 50%)', () => {
    expect(codes({ STUDY: 12 }, { previous })).toEqual([]);
    const [flag] = checkValues(framework, { ...clean, STUDY: 12.5 }, { previous });
    expect(flag).toMatchObject({
      code: 'JUMP_FROM_PREVIOUS_QUARTER',
      indicator: 'STUDY',
      figures: { value: 12.5, previous: 8, share: 0.56, limit: 0.5 },
    });
    expect(flag.message.zh).toBe('人均学习时长由上季度的 8 升至 12.5，变化 56.25%，超过 50%，请核对。');
  });

  it('reads a fraction as its rate: 12/12 → 5/12 is a fall of 58.33%', () => {
    const flags = checkValues(
      framework,
      { ...clean, MEETINGS: { numerator: 5, denominator: 12 } },
      { previous },
    );
    expect(flags.map((f) => f.code)).toEqual(['JUMP_FROM_PREVIOUS_QUARTER']);
    expect(flags[0].message.en).toBe(
      'Meetings went down from 100% last quarter to 41.67%, a change of 58.33%, more than 50%; please check it.',
    );
    expect(codes({ MEETINGS: { numerator: 6, denominator: 12 } }, { previous })).toEqual([]);
  });

  it('does not measure a change from 0, nor a yes/no', () => {
    expect(codes({ VOLUNTEER: 20 }, { previous: { VOLUNTEER: 0 } })).toEqual([]);
    expect(codes({ LIFE: false }, { previous: { LIFE: true } })).toEqual([]);
  });
});

describe('checkValues: outliers among peers (modified z-score > 3.5)', () => {
  const peers = (study: number[]): ValueMap[] => study.map((STUDY) => ({ STUDY }));

  it('flags 40 hours among 10, 11, 12, 13: median 12, MAD 1, M = 0.6745 × 28 = 18.89', () => {
    const flags = checkValues(
      framework,
      { ...clean, STUDY: 40, VOLUNTEER: 0 },
      { peers: peers([10, 12, 11, 13]) },
    );
    const outlier = flags.find((flag) => flag.code === 'PEER_OUTLIER');
    expect(outlier).toMatchObject({
      indicator: 'STUDY',
      figures: { value: 40, median: 12, mad: 1, score: 18.89, limit: 3.5 },
    });
    expect(outlier?.message.zh).toBe(
      '人均学习时长为 40，同领域同级支部的中位数为 12，修正 z 分数 18.89（绝对值超过 3.5），明显偏离，请核对。',
    );
  });

  it('flags 18 (M = 0.6745 × 6 = 4.05) but not 16 (M = 2.70)', () => {
    expect(codes({ STUDY: 18 }, { peers: peers([10, 12, 11, 13]) })).toEqual(['PEER_OUTLIER:STUDY']);
    expect(codes({ STUDY: 16 }, { peers: peers([10, 12, 11, 13]) })).toEqual([]);
  });

  it('flags low values too: 1 among 10..13 gives M = −6.75', () => {
    const flags = checkValues(
      framework,
      { ...clean, STUDY: 1, VOLUNTEER: 0 },
      { peers: peers([10, 12, 11, 13]) },
    );
    expect(flags.map((f) => [f.code, f.figures['score']])).toEqual([['PEER_OUTLIER', -6.75]]);
  });

  it('uses the mean absolute deviation when MAD = 0: 9 among five 4s gives M = 4.79', () => {
    const volunteers = [4, 4, 4, 4, 4].map((VOLUNTEER) => ({ VOLUNTEER }));
    const [flag] = checkValues(framework, { ...clean, VOLUNTEER: 9 }, { peers: volunteers });
    expect(flag).toMatchObject({
      code: 'PEER_OUTLIER',
      figures: { value: 9, median: 4, mad: 0, meanAd: 0.83, score: 4.79 },
    });
    expect(codes({ VOLUNTEER: 4 }, { peers: volunteers })).toEqual([]);
  });

  it('needs five values with the branch: three peers make no comparison', () => {
    expect(codes({ STUDY: 40, VOLUNTEER: 0 }, { peers: peers([10, 12, 11]) })).toEqual([]);
  });

  it('honours the framework threshold', () => {
    const strict: Framework = { ...framework, checks: { outlierScore: 2.5 } };
    const flags = checkValues(strict, { ...clean, STUDY: 16 }, { peers: peers([10, 12, 11, 13]) });
    expect(flags.map((f) => [f.code, f.figures['score']])).toEqual([['PEER_OUTLIER', 2.7]]);
  });
});

describe('checkValues: minChange keeps small counts quiet (successors trained, minChange 1)', () => {
  const withSuccessors = (minChange?: number): Framework => ({
    ...framework,
    paths: [
      {
        ...framework.paths[0],
        indicators: [
          ...framework.paths[0].indicators,
          {
            ...ind('SUCCESSORS', { type: 'count', maxPoints: 10, target: 1 }),
            name: t('后备干部培养', 'Successors trained'),
            ...(minChange === undefined ? {} : { minChange }),
          },
        ],
      },
    ],
  });
  const previous = { previous: { SUCCESSORS: 1 } };
  const fiveOnes = { peers: [1, 1, 1, 1, 1].map((SUCCESSORS) => ({ SUCCESSORS })) };

  it.each<[string, number | undefined, number, object, string[]]>([
    ['1 → 2: 100% > 50%, but the change, 1, is not above 1', 1, 2, previous, []],
    ['1 → 2 without minChange: a jump', undefined, 2, previous, ['JUMP_FROM_PREVIOUS_QUARTER']],
    ['1 → 3: 200%, and the change, 2, is above 1', 1, 3, previous, ['JUMP_FROM_PREVIOUS_QUARTER']],
    // median 1, MAD 0, meanAD 1/6: M = 1 / (1.253314 × 1/6) = 4.79 > 3.5, but |2 − 1| = 1 ≤ 1
    ['2 among five 1s: M = 4.79, but 2 is within 1 of the median', 1, 2, fiveOnes, []],
    ['2 among five 1s without minChange: an outlier', undefined, 2, fiveOnes, ['PEER_OUTLIER']],
    // meanAD 2/6: M = 2 / (1.253314 × 2/6) = 4.79, and |3 − 1| = 2 > 1
    ['3 among five 1s: M = 4.79, 2 from the median', 1, 3, fiveOnes, ['PEER_OUTLIER']],
  ])('%s', (_scene, minChange, value, context, expected) => {
    const flags = checkValues(withSuccessors(minChange), { ...clean, SUCCESSORS: value }, context);
    expect(flags.filter((f) => f.indicator === 'SUCCESSORS').map((f) => f.code)).toEqual(expected);
  });
});

describe('checkValues: applicability and bad values', () => {
  it('skips indicators that do not apply to the sector, and values the engine would refuse', () => {
    const values = { ...clean, RURAL: 500, MEETINGS: { numerator: 13, denominator: 10 } };
    const peers = [1, 1, 2, 1].map((RURAL) => ({ RURAL }));
    expect(checkValues(framework, values, { sector: 'COMMUNITY', peers })).toEqual([]);
    expect(checkValues(framework, values, { sector: 'RURAL', peers }).map((f) => f.code)).toEqual([
      'PEER_OUTLIER',
    ]);
  });
});
