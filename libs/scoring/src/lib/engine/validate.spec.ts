import type { IndicatorInput, Rule, ValueMap } from '../types';
import { ValueValidationError } from './issues';
import { scoreAssessment } from './score';
import { domainFramework, oneIndicatorFramework } from './test-frameworks';
import { validateValues } from './validate';

const ratio: Rule = { type: 'ratio', maxPoints: 25 };
const count: Rule = { type: 'count', maxPoints: 20, target: 8 };
const checklist: Rule = {
  type: 'checklist',
  maxPoints: 15,
  deduction: 5,
  items: [
    { code: 'A', name: { zh: '甲', en: 'A' } },
    { code: 'B', name: { zh: '乙', en: 'B' } },
  ],
};
const rating: Rule = {
  type: 'rating',
  maxPoints: 15,
  bands: [{ code: 'GOOD', name: { zh: '好', en: 'good' }, points: 15 }],
};

type BadCase = [name: string, rule: Rule, input: unknown, code: string, field: string | undefined];

const badInputs: BadCase[] = [
  ['ratio d = 0', ratio, { numerator: 0, denominator: 0 }, 'ZERO_DENOMINATOR', 'denominator'],
  ['ratio n > d', ratio, { numerator: 13, denominator: 12 }, 'NUMERATOR_GT_DENOMINATOR', 'numerator'],
  ['ratio negative numerator', ratio, { numerator: -1, denominator: 12 }, 'NEGATIVE', 'numerator'],
  ['ratio negative denominator', ratio, { numerator: 1, denominator: -12 }, 'NEGATIVE', 'denominator'],
  ['ratio NaN denominator', ratio, { numerator: 1, denominator: NaN }, 'NOT_A_NUMBER', 'denominator'],
  [
    'ratio Infinity denominator',
    ratio,
    { numerator: 1, denominator: Infinity },
    'NOT_A_NUMBER',
    'denominator',
  ],
  ['ratio string numerator', ratio, { numerator: '11', denominator: 12 }, 'NOT_A_NUMBER', 'numerator'],
  ['ratio missing denominator', ratio, { numerator: 11 }, 'NOT_A_NUMBER', 'denominator'],
  ['ratio null numerator', ratio, { numerator: null, denominator: 12 }, 'NOT_A_NUMBER', 'numerator'],
  // Not also "numerator greater than denominator": a value that is no number is not compared.
  [
    'ratio string numerator above d',
    ratio,
    { numerator: '13', denominator: 12 },
    'NOT_A_NUMBER',
    'numerator',
  ],
  ['ratio Infinity numerator', ratio, { numerator: Infinity, denominator: 12 }, 'NOT_A_NUMBER', 'numerator'],
  ['ratio given as a plain rate', ratio, 0.9, 'WRONG_SHAPE', undefined],
  ['ratio given as a list', ratio, [11, 12], 'WRONG_SHAPE', undefined],
  ['count negative', count, -1, 'NEGATIVE', undefined],
  ['count NaN', count, NaN, 'NOT_A_NUMBER', undefined],
  ['count -Infinity', count, -Infinity, 'NOT_A_NUMBER', undefined],
  ['count string "3"', count, '3', 'NOT_A_NUMBER', undefined],
  ['count boolean', count, true, 'NOT_A_NUMBER', undefined],
  ['count object', count, { value: 3 }, 'WRONG_SHAPE', undefined],
  [
    'shortfall 2.5 times',
    { type: 'shortfall', maxPoints: 15, required: 3, deduction: 5 },
    2.5,
    'NOT_AN_INTEGER',
    undefined,
  ],
  ['penalty 1.5 times', { type: 'penalty', maxPoints: 10, deduction: 3 }, 1.5, 'NOT_AN_INTEGER', undefined],
  ['bonus 0.5 times', { type: 'bonus', points: 2, cap: 5 }, 0.5, 'NOT_AN_INTEGER', undefined],
  ['deduction 1.2 times', { type: 'deduction', points: 10, cap: 40 }, 1.2, 'NOT_AN_INTEGER', undefined],
  ['deduction negative', { type: 'deduction', points: 10, cap: 40 }, -1, 'NEGATIVE', undefined],
  [
    'rate above 1',
    { type: 'threshold_step', maxPoints: 20, threshold: 0.9, step: 0.1, deduction: 5 },
    1.2,
    'RATE_OUT_OF_RANGE',
    undefined,
  ],
  [
    'rate as a percentage 85',
    { type: 'threshold_step', maxPoints: 20, threshold: 0.9, step: 0.1, deduction: 5 },
    85,
    'RATE_OUT_OF_RANGE',
    undefined,
  ],
  [
    'rate negative',
    { type: 'threshold_step', maxPoints: 20, threshold: 0.9, step: 0.1, deduction: 5 },
    -0.1,
    'NEGATIVE',
    undefined,
  ],
  ['unknown band', rating, 'EXCELLENT', 'UNKNOWN_BAND', undefined],
  ['band given as a number', rating, 3, 'WRONG_SHAPE', undefined],
  ['unknown checklist item', checklist, ['A', 'Z'], 'UNKNOWN_ITEM', 'items[1]'],
  ['duplicate checklist item', checklist, ['A', 'A'], 'DUPLICATE_ITEM', 'items[1]'],
  ['checklist given as one string', checklist, 'A', 'WRONG_SHAPE', undefined],
  ['checklist item not a string', checklist, [1], 'WRONG_SHAPE', 'items[0]'],
  ['boolean "yes"', { type: 'boolean', maxPoints: 10 }, 'yes', 'NOT_A_BOOLEAN', undefined],
  ['boolean 1', { type: 'boolean', maxPoints: 10 }, 1, 'NOT_A_BOOLEAN', undefined],
  ['veto "true"', { type: 'veto' }, 'true', 'NOT_A_BOOLEAN', undefined],
  // Absurd magnitudes (VALUE_MAX): finite, yet every figure made from them overflows.
  ['count 1e308', count, 1e308, 'TOO_LARGE', undefined],
  ['count just past its bound', count, 1_000_001, 'TOO_LARGE', undefined],
  [
    'penalty 1e308 times (not also "not an integer")',
    { type: 'penalty', maxPoints: 10, deduction: 3 },
    1e308,
    'TOO_LARGE',
    undefined,
  ],
  ['bonus 10,001 times', { type: 'bonus', points: 2, cap: 5 }, 10_001, 'TOO_LARGE', undefined],
  ['ratio 1e308 denominator', ratio, { numerator: 1, denominator: 1e308 }, 'TOO_LARGE', 'denominator'],
  ['ratio numerator past 2⁵³', ratio, { numerator: 2 ** 53, denominator: 12 }, 'TOO_LARGE', 'numerator'],
  [
    'banded −1e12 (a signed measure is bounded either way)',
    { type: 'banded', maxPoints: 10, bands: [{ min: 0, points: 10 }] },
    -1e12,
    'TOO_LARGE',
    undefined,
  ],
];

describe('validateValues: absurd magnitudes', () => {
  it('names the indicator and the bound in both languages', () => {
    const [only] = validateValues(oneIndicatorFramework(count), { X: 1e308 });
    expect(only.message.zh).toBe('指标 X（X）：数值超出合理范围（1e+308 > 1000000），请核对是否多输了数位');
    expect(only.message.en).toContain('(1e+308 > 1000000)');
  });

  it('takes every value up to the bound of its kind', () => {
    const ok: [Rule, unknown][] = [
      [count, 1_000_000],
      [{ type: 'penalty', maxPoints: 10, deduction: 3 }, 10_000],
      [ratio, { numerator: 2 ** 52 + 1, denominator: Number.MAX_SAFE_INTEGER }],
      [{ type: 'banded', maxPoints: 10, bands: [{ min: 0, points: 10 }] }, -1_000_000_000],
    ];
    for (const [rule, input] of ok)
      expect(validateValues(oneIndicatorFramework(rule), { X: input } as ValueMap)).toEqual([]);
  });
});

describe('validateValues: one issue naming the indicator', () => {
  it.each(badInputs)('%s', (_name, rule, input, code, field) => {
    const framework = oneIndicatorFramework(rule);
    const values = { X: input } as ValueMap;
    const issues = validateValues(framework, values);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ indicator: 'X', code });
    expect(issues[0].field).toBe(field);
    expect(issues[0].message.zh).toContain('X');
    expect(issues[0].message.en).toContain('X');
    // Nothing partial: scoring refuses the whole save.
    let thrown: unknown;
    let result: unknown;
    try {
      result = scoreAssessment(framework, values);
    } catch (error) {
      thrown = error;
    }
    expect(result).toBeUndefined();
    expect(thrown).toBeInstanceOf(ValueValidationError);
    expect((thrown as ValueValidationError).issues).toEqual(issues);
    expect((thrown as ValueValidationError).message).toContain(`X${field ? `.${field}` : ''} ${code}`);
  });
});

describe('validateValues: a value of the wrong form says which form it expected', () => {
  it.each<[string, Rule, unknown, string, string]>([
    ['a count given as an object', count, { value: 3 }, '应为数字', 'expected a number'],
    ['a ratio given as a rate', ratio, 0.9, '应为分子和分母', 'expected { numerator, denominator }'],
    [
      'a checklist given as one string',
      checklist,
      'A',
      '应为清单项编码的列表',
      'expected a list of item codes',
    ],
    [
      'a checklist item not a string',
      checklist,
      [1],
      '应为清单项编码（文字）',
      'expected item codes (strings)',
    ],
    ['a band given as a number', rating, 3, '应为档次编码', 'expected a band code'],
  ])('%s', (_name, rule, input, zh, en) => {
    const [issue] = validateValues(oneIndicatorFramework(rule), { X: input } as ValueMap);
    expect(issue.code).toBe('WRONG_SHAPE');
    expect(issue.message.zh).toContain(zh);
    expect(issue.message.en).toContain(en);
  });
});

describe('validateValues: map-level problems', () => {
  it('refuses a code that is not in the framework', () => {
    expect(validateValues(domainFramework, { NOPE: 1 })).toEqual([
      expect.objectContaining({ indicator: 'NOPE', code: 'UNKNOWN_INDICATOR' }),
    ]);
  });

  it('refuses a value for an indicator that does not apply to the sector （乡村振兴 for a community branch）', () => {
    const issues = validateValues(domainFramework, { ORG_RURAL: 1 }, { sector: 'COMMUNITY' });
    expect(issues).toEqual([expect.objectContaining({ indicator: 'ORG_RURAL', code: 'NOT_APPLICABLE' })]);
    expect(validateValues(domainFramework, { ORG_RURAL: 1 }, { sector: 'RURAL' })).toEqual([]);
    expect(validateValues(domainFramework, { ORG_RURAL: 1 })).toEqual([]);
  });

  it('accepts null and undefined as missing, also for an indicator that does not apply', () => {
    expect(
      validateValues(domainFramework, { ORG_MEETINGS: null, ORG_RURAL: undefined }, { sector: 'COMMUNITY' }),
    ).toEqual([]);
  });

  it('refuses values that are not an object', () => {
    expect(validateValues(domainFramework, [] as unknown as ValueMap)).toEqual([
      expect.objectContaining({ indicator: 'values', code: 'WRONG_SHAPE' }),
    ]);
  });

  it('lists every problem at once, in framework order then unknown codes', () => {
    const values: Record<string, IndicatorInput | undefined> = {
      NOPE: 1,
      ORG_MEETINGS: { numerator: 13, denominator: 12 },
      ORG_PLAN: 'EXCELLENT',
      SUP_REVIEW_RATE: 1.5,
      INT_VIOLATIONS: -2,
    };
    const issues = validateValues(domainFramework, values);
    expect(issues.map((i) => [i.indicator, i.code])).toEqual([
      ['ORG_MEETINGS', 'NUMERATOR_GT_DENOMINATOR'],
      ['ORG_PLAN', 'UNKNOWN_BAND'],
      ['SUP_REVIEW_RATE', 'RATE_OUT_OF_RANGE'],
      ['INT_VIOLATIONS', 'NEGATIVE'],
      ['NOPE', 'UNKNOWN_INDICATOR'],
    ]);
    expect(() => scoreAssessment(domainFramework, values)).toThrow(
      /ORG_MEETINGS.numerator NUMERATOR_GT_DENOMINATOR.*NOPE UNKNOWN_INDICATOR/,
    );
  });

  it('writes a message in both languages with the indicator’s name', () => {
    const [issue] = validateValues(domainFramework, { ORG_MEETINGS: { numerator: 13, denominator: 12 } });
    expect(issue.message.zh).toBe('指标 ORG_MEETINGS（ORG_MEETINGS）：分子大于分母（13 > 12）');
    expect(issue.message.en).toBe(
      'Indicator ORG_MEETINGS (ORG_MEETINGS): numerator is greater than denominator (13 > 12)',
    );
  });

  it('accepts decimals where a count may be fractional (hours) and the ratio’s equal n = d', () => {
    expect(
      validateValues(domainFramework, {
        CAD_STUDY_HOURS: 7.5,
        ORG_MEETINGS: { numerator: 12, denominator: 12 },
      }),
    ).toEqual([]);
  });
});
