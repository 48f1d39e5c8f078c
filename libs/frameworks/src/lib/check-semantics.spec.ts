import { COMPARISON_OPERATORS, checkValues, type Framework, type ValidationRule } from '@pathboard/scoring';
import { defaultFramework } from './default-framework';
import { frameworkSchema } from './schemas';
import { FRAMEWORK_LIMITS } from './size-limits';
import { validateFramework } from './validate-framework';

const MEETINGS_DUE: ValidationRule = {
  code: 'MEETINGS_DUE',
  name: { zh: '每季度应开三会一课 12 次', en: '12 meetings are due a quarter' },
  left: { terms: [{ indicator: 'ORG_MEETINGS', part: 'denominator' }] },
  operator: 'equal_to',
  right: { constant: 12 },
};
const VOLUNTEER_WITHIN_STUDY: ValidationRule = {
  code: 'VOLUNTEER_WITHIN_STUDY',
  name: { zh: '志愿服务时长不超过学习时长的 3 倍', en: 'volunteer hours at most 3 × study hours' },
  left: { terms: [{ indicator: 'TRN_VOLUNTEER_HOURS' }] },
  operator: 'less_than_or_equal_to',
  right: { terms: [{ indicator: 'TRN_STUDY_HOURS', factor: 3 }] },
};

/** The default framework with data checks: a mutable copy to break in one place per case. */
function withChecks(): Framework {
  const framework: Framework = JSON.parse(JSON.stringify(defaultFramework));
  // The default framework's own checks (default-framework.spec.ts) are replaced by this case's.
  for (const path of framework.paths) for (const indicator of path.indicators) delete indicator.expectedRange;
  framework.checks = {
    jumpShare: 0.5,
    outlierScore: 3.5,
    // Copies: a case that breaks a rule must not break the next case's.
    validationRules: [structuredClone(MEETINGS_DUE), structuredClone(VOLUNTEER_WITHIN_STUDY)],
  };
  framework.paths[3].indicators[1].expectedRange = { min: 0, max: 40 };
  return framework;
}

function errorsOf(framework: unknown) {
  const result = validateFramework(framework);
  if (result.ok) throw new Error('expected the framework to be refused');
  return result.errors;
}

describe('framework data checks', () => {
  it('accepts validation rules, thresholds and expected ranges, and the engine uses them', () => {
    const result = validateFramework(withChecks());
    expect(result.ok ? [] : result.errors).toEqual([]);
    const flags = checkValues(withChecks(), {
      ORG_MEETINGS: { numerator: 8, denominator: 8 },
      TRN_STUDY_HOURS: 45,
      TRN_VOLUNTEER_HOURS: 200,
    });
    expect(flags.map((flag) => flag.rule ?? flag.code)).toEqual([
      'MEETINGS_DUE',
      'VOLUNTEER_WITHIN_STUDY',
      'ABOVE_EXPECTED_RANGE',
    ]);
  });

  it('keeps the operators of the published schema those of the engine', () => {
    expect(frameworkSchema.$defs.validationRule.properties.operator.enum).toEqual([...COMPARISON_OPERATORS]);
  });

  it.each<[string, (f: Framework) => void, string, string]>([
    [
      'a rule code used twice',
      (f) => f.checks!.validationRules!.push({ ...VOLUNTEER_WITHIN_STUDY }),
      'DUPLICATE_CODE',
      'checks.validationRules[2].code',
    ],
    [
      'an unknown indicator',
      (f) => (f.checks!.validationRules![0].left.terms![0].indicator = 'ORG_MEETING'),
      'UNKNOWN_INDICATOR',
      'checks.validationRules[0].left.terms[0].indicator',
    ],
    [
      'a band indicator in a rule',
      (f) => (f.checks!.validationRules![1].right.terms![0].indicator = 'ORG_WORK_PLAN'),
      'NOT_A_QUANTITY',
      'checks.validationRules[1].right.terms[0].indicator',
    ],
    [
      'a part of an indicator not entered as n of d',
      (f) => (f.checks!.validationRules![1].left.terms![0].part = 'numerator'),
      'PART_NOT_APPLICABLE',
      'checks.validationRules[1].left.terms[0].part',
    ],
    [
      'a rule comparing constants only',
      (f) => (f.checks!.validationRules![0].left = { constant: 12 }),
      'RULE_WITHOUT_INDICATOR',
      'checks.validationRules[0]',
    ],
    [
      'an expected range upside down',
      (f) => (f.paths[3].indicators[1].expectedRange = { min: 10, max: 5 }),
      'RANGE_MIN_ABOVE_MAX',
      'paths[3].indicators[1].expectedRange.min',
    ],
    [
      'an expected range on a band indicator',
      (f) => (f.paths[0].indicators[4].expectedRange = { max: 5 }),
      'NOT_A_QUANTITY',
      'paths[0].indicators[4].expectedRange',
    ],
    [
      'an unknown operator',
      (f) => Object.assign(f.checks!.validationRules![0], { operator: '==' }),
      'NOT_ALLOWED',
      'checks.validationRules[0].operator',
    ],
    ['a negative jump share', (f) => (f.checks!.jumpShare = -1), 'OUT_OF_RANGE', 'checks.jumpShare'],
    [
      'a minChange on a yes/no indicator, which no jump or peer check reads',
      (f) => (f.paths[0].indicators[2].minChange = 1),
      'MIN_CHANGE_NOT_MEASURED',
      'paths[0].indicators[2].minChange',
    ],
    [
      'a negative minChange',
      (f) => (f.paths[3].indicators[4].minChange = -1),
      'OUT_OF_RANGE',
      'paths[3].indicators[4].minChange',
    ],
  ])('refuses %s, naming the place', (_what, breakIt, code, location) => {
    const framework = withChecks();
    breakIt(framework);
    const errors = errorsOf(framework);
    expect(errors).toContainEqual(expect.objectContaining({ code, location }));
  });

  it('caps the number of validation rules and of terms before the schema runs', () => {
    const many = withChecks();
    many.checks!.validationRules = Array.from({ length: FRAMEWORK_LIMITS.validationRules + 1 }, (_, i) => ({
      ...MEETINGS_DUE,
      code: `R${i}`,
    }));
    expect(errorsOf(many)).toEqual([
      expect.objectContaining({ code: 'TOO_MANY_ITEMS', location: 'checks.validationRules' }),
    ]);
    const long = withChecks();
    long.checks!.validationRules![1].right.terms = Array.from({ length: FRAMEWORK_LIMITS.terms + 1 }, () => ({
      indicator: 'TRN_STUDY_HOURS',
    }));
    expect(errorsOf(long)).toEqual([
      expect.objectContaining({ code: 'TOO_MANY_ITEMS', location: 'checks.validationRules[1].right.terms' }),
    ]);
  });
});
