import { defaultFramework } from '@pathboard/frameworks';
import { type Indicator, scoreAssessment } from '@pathboard/scoring';
import { bandsAreRates, fieldSpecFor, inputKindFor } from './field-spec';
import {
  applicableFields,
  formCompleteness,
  formStateFromValues,
  shiftDecimal,
  toFormValue,
  toIndicatorInput,
  valuesFromFormState,
} from './form-values';

const indicators = new Map(
  defaultFramework.paths.flatMap((p) => p.indicators).map((i) => [i.code, i as Indicator]),
);
const spec = (code: string) => fieldSpecFor(indicators.get(code)!);

describe('input kinds per rule', () => {
  it('gives every rule of the default framework the input a person expects', () => {
    const kinds = Object.fromEntries(
      [...indicators.values()].map((i) => [i.rule.type, inputKindFor(i.rule)]),
    );
    expect(kinds).toEqual({
      ratio: 'fraction',
      shortfall: 'count',
      boolean: 'yesNo',
      checklist: 'checklist',
      rating: 'band',
      count: 'count',
      bonus: 'count',
      threshold_step: 'percent',
      banded: 'percent', // 民意调查满意度 bands are rates (0.7, 0.85, 0.95)
      deduction: 'count',
      veto: 'yesNo',
    });
    expect(inputKindFor({ type: 'penalty', maxPoints: 10, deduction: 2 })).toBe('count');
  });

  it('enters banded counts (absences 0, 1, 2, 3) as plain numbers', () => {
    expect(bandsAreRates([0, 1, 2, 3])).toBe(false);
    expect(
      inputKindFor({
        type: 'banded',
        maxPoints: 10,
        bands: [
          { min: 0, points: 10 },
          { min: 1, points: 7 },
          { min: 3, points: 0 },
        ],
      }),
    ).toBe('number');
  });

  it('describes fields with units, bounds and options', () => {
    expect(spec('ORG_THEME_DAYS')).toMatchObject({
      kind: 'count',
      integer: true,
      min: 0,
      unit: { zh: '次' },
      maxPoints: 15,
    });
    expect(spec('TRN_STUDY_HOURS')).toMatchObject({ kind: 'count', integer: false, unit: { zh: '小时' } });
    expect(spec('TRN_XUEXI_ACTIVE')).toMatchObject({ kind: 'percent', min: 0, max: 100 });
    expect(spec('ORG_WORK_PLAN').options?.map((o) => o.label.zh)).toEqual(['好', '较好', '一般', '差']);
    expect(spec('INT_RISK_POINTS').options?.map((o) => o.value)).toEqual([
      'SCREENING',
      'CONTROL_MEASURES',
      'LEDGER',
    ]);
    expect(spec('ORG_INNOVATION_BONUS').maxPoints).toBe(5);
    expect(spec('INT_SERIOUS_VIOLATION_VETO')).toMatchObject({
      kind: 'yesNo',
      maxPoints: 0,
      role: 'veto',
      capGrade: 'FAIL',
    });
    expect(spec('INT_FOUR_WINDS_VIOLATIONS')).toMatchObject({ role: 'deduction', maxPoints: 40 });
    expect(spec('ORG_MEETINGS').role).toBe('base');
  });
});

describe('form value ↔ IndicatorInput', () => {
  it('shifts decimals exactly', () => {
    expect(shiftDecimal(57.3, -2)).toBe(0.573);
    expect(shiftDecimal(0.573, 2)).toBe(57.3);
    expect(shiftDecimal(1e-7, 2)).toBe(0.00001);
  });

  it('converts each kind both ways', () => {
    const cases: [string, unknown, unknown][] = [
      ['ORG_MEETINGS', { numerator: 11, denominator: 12 }, { numerator: 11, denominator: 12 }],
      ['TRN_XUEXI_ACTIVE', 87.5, 0.875],
      ['SUP_SATISFACTION', 90, 0.9],
      ['ORG_THEME_DAYS', 2, 2],
      ['ORG_WORK_PLAN', 'FAIR', 'FAIR'],
      ['INT_RISK_POINTS', ['SCREENING', 'LEDGER'], ['SCREENING', 'LEDGER']],
      ['INT_RISK_POINTS', [], []],
      ['ORG_LIFE_MEETINGS', false, false],
    ];
    for (const [code, formValue, input] of cases) {
      expect(toIndicatorInput(spec(code), formValue as never)).toEqual(input);
      expect(toFormValue(spec(code), input as never)).toEqual(formValue);
    }
  });

  it('treats unanswered and half-filled fields as missing', () => {
    expect(toIndicatorInput(spec('ORG_MEETINGS'), { numerator: 11, denominator: null })).toBeNull();
    expect(toIndicatorInput(spec('TRN_XUEXI_ACTIVE'), null)).toBeNull();
    expect(toIndicatorInput(spec('ORG_WORK_PLAN'), '')).toBeNull();
    expect(toIndicatorInput(spec('INT_RISK_POINTS'), null)).toBeNull();
    expect(toFormValue(spec('ORG_MEETINGS'), undefined)).toEqual({ numerator: null, denominator: null });
    expect(toFormValue(spec('ORG_MEETINGS'), 5)).toEqual({ numerator: null, denominator: null });
  });

  it('saves checklist items in the framework order', () => {
    expect(toIndicatorInput(spec('INT_RISK_POINTS'), ['LEDGER', 'SCREENING', 'LEDGER'])).toEqual([
      'SCREENING',
      'LEDGER',
    ]);
  });
});

describe('whole form', () => {
  it('shows rural-only indicators to rural branches only', () => {
    const codes = (sector: 'RURAL' | 'COMMUNITY') =>
      applicableFields(defaultFramework, sector).flatMap((p) => p.fields.map((f) => f.code));
    expect(codes('RURAL')).toContain('ORG_RURAL_REVITALIZATION');
    expect(codes('COMMUNITY')).not.toContain('ORG_RURAL_REVITALIZATION');
    expect(codes('COMMUNITY')).toHaveLength(28);
  });

  it('round-trips stored values and scores what the form produced like DOMAIN.md says', () => {
    const stored = {
      ORG_MEETINGS: { numerator: 11, denominator: 12 },
      ORG_THEME_DAYS: 2,
      TRN_XUEXI_ACTIVE: 0.65,
    };
    const state = formStateFromValues(defaultFramework, stored, 'COMMUNITY');
    expect(state.TRN_XUEXI_ACTIVE).toBe(65);
    const values = valuesFromFormState(defaultFramework, state, 'COMMUNITY');
    expect(values).toMatchObject(stored);
    expect(values.ORG_WORK_PLAN).toBeNull();
    expect('ORG_RURAL_REVITALIZATION' in values).toBe(false);
    const org = scoreAssessment(defaultFramework, values, { sector: 'COMMUNITY' }).paths.find(
      (p) => p.code === 'ORGANIZATION',
    )!;
    expect(org.indicators.find((i) => i.code === 'ORG_MEETINGS')!.points).toBe(22.92);
    expect(org.indicators.find((i) => i.code === 'ORG_THEME_DAYS')!.points).toBe(10);
    expect(formCompleteness(defaultFramework, state, 'COMMUNITY')).toEqual({ answered: 3, applicable: 28 });
  });
});
