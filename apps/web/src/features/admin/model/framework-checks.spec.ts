import type { Framework } from '@pathboard/scoring';
import {
  checkFields,
  frameworkChecksLine,
  indicatorChecksLine,
  setFrameworkCheck,
  setIndicatorCheck,
} from './framework-checks';

const draft: Framework = {
  code: 'C',
  version: 1,
  name: { zh: '方案', en: 'Framework' },
  grades: [{ code: 'PASS', name: { zh: '合格', en: 'Pass' }, min: 0 }],
  paths: [
    {
      code: 'P',
      name: { zh: '路径', en: 'Path' },
      weight: 100,
      indicators: [
        { code: 'MEET', name: { zh: '三会一课', en: 'Meetings' }, rule: { type: 'ratio', maxPoints: 40 } },
        { code: 'LIFE', name: { zh: '组织生活会', en: 'Life' }, rule: { type: 'boolean', maxPoints: 30 } },
        {
          code: 'SUCC',
          name: { zh: '后备干部', en: 'Successors' },
          rule: { type: 'count', maxPoints: 30, target: 1 },
        },
      ],
    },
  ],
};

describe('the data checks in the framework editor', () => {
  it('offers a range and minChange only on measured indicators, and the two framework settings', () => {
    expect(checkFields(draft)).toEqual([
      'checks.jumpShare',
      'checks.outlierScore',
      'paths[0].indicators[0].expectedRange.min',
      'paths[0].indicators[0].expectedRange.max',
      'paths[0].indicators[0].minChange',
      'paths[0].indicators[2].expectedRange.min',
      'paths[0].indicators[2].expectedRange.max',
      'paths[0].indicators[2].minChange',
    ]);
  });

  it('sets and clears an indicator setting, dropping a range left empty, without touching the draft given', () => {
    const ranged = setIndicatorCheck(draft, 0, 2, 'max', 5);
    expect(ranged.paths[0].indicators[2].expectedRange).toEqual({ max: 5 });
    expect(draft.paths[0].indicators[2].expectedRange).toBeUndefined();
    const tolerant = setIndicatorCheck(ranged, 0, 2, 'minChange', 1);
    expect(tolerant.paths[0].indicators[2]).toMatchObject({ expectedRange: { max: 5 }, minChange: 1 });
    const cleared = setIndicatorCheck(
      setIndicatorCheck(tolerant, 0, 2, 'max', null),
      0,
      2,
      'minChange',
      null,
    );
    expect(cleared.paths[0].indicators[2]).not.toHaveProperty('expectedRange');
    expect(cleared.paths[0].indicators[2]).not.toHaveProperty('minChange');
  });

  it('sets and clears a framework setting, keeping validation rules and dropping an empty checks object', () => {
    const set = setFrameworkCheck(draft, 'jumpShare', 0.8);
    expect(set.checks).toEqual({ jumpShare: 0.8 });
    expect(setFrameworkCheck(set, 'jumpShare', null)).not.toHaveProperty('checks');
    const withRules = { ...draft, checks: { jumpShare: 0.8, validationRules: [] } } as Framework;
    expect(setFrameworkCheck(withRules, 'jumpShare', null).checks).toEqual({ validationRules: [] });
  });

  it('words the settings for the framework view, the defaults named when left out', () => {
    expect(frameworkChecksLine(draft, 'zh')).toBe(
      '较上季度变化超过 50% 提示；与同类支部相比修正 z 分数绝对值超过 3.5 提示；校验规则 0 条',
    );
    const set = setFrameworkCheck(setFrameworkCheck(draft, 'jumpShare', 0.75), 'outlierScore', 4);
    expect(frameworkChecksLine(set, 'en')).toBe(
      'warn on a change from last quarter above 75%, on a modified z-score among peers beyond 4; 0 validation rule(s)',
    );
    const succ = setIndicatorCheck(setIndicatorCheck(draft, 0, 2, 'min', 0), 0, 2, 'minChange', 1);
    expect(indicatorChecksLine(succ.paths[0].indicators[2], 'zh')).toBe(
      '预期范围 0 ~ —；变化不超过 1 不提示',
    );
    expect(indicatorChecksLine(draft.paths[0].indicators[0], 'en')).toBe('');
  });
});
