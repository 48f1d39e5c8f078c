import { defaultFramework } from '@pathboard/frameworks';
import { createTestI18n } from '../../../test-support/i18n';
import { formStateFromValues } from './form-values';
import { hasIssues, problemOnly, validateForm } from './form-validation';

const zh = createTestI18n('zh-CN');
const en = createTestI18n('en');
const zhOptions = { sector: 'COMMUNITY' as const, lang: 'zh' as const, t: (k: string) => zh.t(k) };

function stateWith(patch: Record<string, unknown>) {
  return { ...formStateFromValues(defaultFramework, {}, 'COMMUNITY'), ...patch } as never;
}

describe('validateForm', () => {
  it('accepts an empty or a correct form', () => {
    expect(hasIssues(validateForm(defaultFramework, stateWith({}), zhOptions))).toBe(false);
    const ok = stateWith({
      ORG_MEETINGS: { numerator: 12, denominator: 12 },
      TRN_XUEXI_ACTIVE: 80,
      ORG_WORK_PLAN: 'GOOD',
    });
    expect(validateForm(defaultFramework, ok, zhOptions)).toEqual({});
  });

  it('puts the engine’s messages on the right field and half, without repeating the indicator name', () => {
    const issues = validateForm(
      defaultFramework,
      stateWith({ ORG_MEETINGS: { numerator: 13, denominator: 12 }, ORG_THEME_DAYS: 1.5 }),
      zhOptions,
    );
    expect(issues.ORG_MEETINGS).toEqual([
      { part: 'numerator', code: 'NUMERATOR_GT_DENOMINATOR', message: '分子大于分母（13 > 12）' },
    ]);
    expect(issues.ORG_THEME_DAYS).toEqual([
      { part: undefined, code: 'NOT_AN_INTEGER', message: '次数应为整数（收到 1.5）' },
    ]);
    const zero = validateForm(
      defaultFramework,
      stateWith({ SUP_RECTIFICATION: { numerator: 0, denominator: 0 } }),
      zhOptions,
    );
    expect(zero.SUP_RECTIFICATION[0]).toMatchObject({
      part: 'denominator',
      code: 'ZERO_DENOMINATOR',
      message: '分母不能为0',
    });
  });

  it('words form-only problems: half a fraction, a percent above 100', () => {
    const issues = validateForm(
      defaultFramework,
      stateWith({ ORG_MEETINGS: { numerator: 11, denominator: null }, TRN_XUEXI_ACTIVE: 120 }),
      {
        ...zhOptions,
        lang: 'en',
        t: (k: string) => en.t(k),
      },
    );
    expect(issues.ORG_MEETINGS).toEqual([
      { part: 'denominator', code: 'INCOMPLETE_PAIR', message: 'Please fill in both “Done” and “Required”.' },
    ]);
    expect(issues.TRN_XUEXI_ACTIVE).toEqual([
      { code: 'PERCENT_OUT_OF_RANGE', message: 'Enter a percent between 0 and 100.' },
    ]);
  });

  it('refuses half a meeting in a fraction instead of rounding it', () => {
    const issues = validateForm(
      defaultFramework,
      stateWith({ ORG_MEETINGS: { numerator: 10.5, denominator: 12 } }),
      zhOptions,
    );
    expect(issues.ORG_MEETINGS).toEqual([
      { part: 'numerator', code: 'NOT_A_WHOLE_NUMBER', message: '请填写整数。' },
    ]);
  });

  it('speaks English when asked', () => {
    const issues = validateForm(defaultFramework, stateWith({ ORG_THEME_DAYS: -1 }), {
      ...zhOptions,
      lang: 'en',
    });
    expect(issues.ORG_THEME_DAYS[0].message).toBe('value must not be negative (-1)');
  });
});

describe('problemOnly', () => {
  it('strips the indicator label in both languages and leaves other text alone', () => {
    expect(problemOnly('指标 ORG_MEETINGS（三会一课落实率）：分母不能为0')).toBe('分母不能为0');
    expect(problemOnly('Indicator X (A name): bad')).toBe('bad');
    expect(problemOnly('分母不能为0')).toBe('分母不能为0');
  });
});
