import type { IndicatorInput, Rule } from '../types';
import { scoreAssessment } from './score';
import { oneIndicatorFramework } from './test-frameworks';

/** Scores `X` alone (BASE answered yes when the rule needs it) and returns its IndicatorScore. */
function scoreX(rule: Rule, input: IndicatorInput) {
  const framework = oneIndicatorFramework(rule);
  const values = 'maxPoints' in rule ? { X: input } : { BASE: true, X: input };
  const result = scoreAssessment(framework, values);
  return result.paths[0].indicators.find((i) => i.code === 'X')!;
}

type Case = [name: string, input: IndicatorInput, points: number];

function table(rule: Rule, cases: Case[]) {
  it.each(cases)('%s', (_name, input, points) => {
    expect(scoreX(rule, input).points).toBe(points);
  });
}

describe('ratio: M × min(1, (n/d) / target)', () => {
  describe('M 25, target 1', () =>
    table({ type: 'ratio', maxPoints: 25 }, [
      ['11 of 12 = 25 × 11/12 = 22.9166… → 22.92', { numerator: 11, denominator: 12 }, 22.92],
      ['all held: full marks', { numerator: 12, denominator: 12 }, 25],
      ['none held: 0', { numerator: 0, denominator: 12 }, 0],
      ['1 of 3 = 8.333… → 8.33', { numerator: 1, denominator: 3 }, 8.33],
      ['2 of 3 = 16.666… → 16.67', { numerator: 2, denominator: 3 }, 16.67],
    ]));
  describe('M 25, target 0.8', () =>
    table({ type: 'ratio', maxPoints: 25, target: 0.8 }, [
      ['exactly at target 8/10: full', { numerator: 8, denominator: 10 }, 25],
      ['above target 9/10: capped at M', { numerator: 9, denominator: 10 }, 25],
      ['7/10: 0.875 × 25 = 21.875 → half up 21.88', { numerator: 7, denominator: 10 }, 21.88],
    ]));
  describe('M 20, target 0.9', () =>
    table({ type: 'ratio', maxPoints: 20, target: 0.9 }, [
      ['17/20: (0.85/0.9) × 20 = 18.888… → 18.89', { numerator: 17, denominator: 20 }, 18.89],
    ]));
  describe('half up on an exact half', () =>
    table({ type: 'ratio', maxPoints: 15 }, [
      ['1/8 × 15 = 1.875 → 1.88', { numerator: 1, denominator: 8 }, 1.88],
    ]));
});

describe('count: M × min(1, c / target)', () => {
  describe('M 20, target 8 hours', () =>
    table({ type: 'count', maxPoints: 20, target: 8 }, [
      ['at target', 8, 20],
      ['above target: capped', 10, 20],
      ['half way: 10', 4, 10],
      ['zero', 0, 0],
      ['decimal hours 7.5: 18.75', 7.5, 18.75],
      ['0.3 hours: 0.75', 0.3, 0.75],
    ]));
  describe('M 10, target 3', () =>
    table({ type: 'count', maxPoints: 10, target: 3 }, [
      ['1 of 3: 3.333… → 3.33', 1, 3.33],
      ['2 of 3: 6.666… → 6.67', 2, 6.67],
    ]));
});

describe('shortfall: max(0, M − k × max(0, required − c))', () => {
  describe('主题党日 M 15， required 3， k 5', () =>
    table({ type: 'shortfall', maxPoints: 15, required: 3, deduction: 5 }, [
      ['all 3 held', 3, 15],
      ['2 held: 15 − 5 = 10', 2, 10],
      ['1 held: 15 − 10 = 5', 1, 5],
      ['none held: 15 − 15 = 0', 0, 0],
      ['more than required: still M', 4, 15],
    ]));
  describe('floor at 0: M 10, required 3, k 5', () =>
    table({ type: 'shortfall', maxPoints: 10, required: 3, deduction: 5 }, [
      ['none held: 10 − 15 → 0', 0, 0],
    ]));
});

describe('threshold_step: r ≥ t → M, else max(0, M − k × ceil((t − r)/s))', () => {
  describe('M 20, t 0.9, s 0.1, k 5', () =>
    table({ type: 'threshold_step', maxPoints: 20, threshold: 0.9, step: 0.1, deduction: 5 }, [
      ['exactly at threshold', 0.9, 20],
      ['above threshold', 0.95, 20],
      ['full rate', 1, 20],
      ['0.85: ceil(0.5) = 1 step → 15', 0.85, 15],
      ['0.8: exactly 1 step, not 2 by float drift → 15', 0.8, 15],
      ['0.7: exactly 2 steps (floats say 2.0000000000000004) → 10', 0.7, 10],
      ['0.79: ceil(1.1) = 2 steps → 10', 0.79, 10],
      ['0.6: 3 steps → 5', 0.6, 5],
      ['0.5: 4 steps → 0', 0.5, 0],
      ['0: 9 steps → floor 0', 0, 0],
    ]));
  describe('学习强国 M 15， t 0.8， s 0.1， k 4', () =>
    table({ type: 'threshold_step', maxPoints: 15, threshold: 0.8, step: 0.1, deduction: 4 }, [
      ['0.7: 0.8 − 0.7 is exactly 1 step → 11', 0.7, 11],
      ['0.5: 3 steps → 3', 0.5, 3],
      ['0.45: ceil(3.5) = 4 steps → 15 − 16 → 0', 0.45, 0],
    ]));
});

describe('rating: the band’s points', () => {
  const bands = [
    { code: 'GOOD', name: { zh: '好', en: 'good' }, points: 15 },
    { code: 'FAIR', name: { zh: '较好', en: 'fairly good' }, points: 11 },
    { code: 'AVERAGE', name: { zh: '一般', en: 'average' }, points: 7 },
    { code: 'POOR', name: { zh: '差', en: 'poor' }, points: 0 },
  ];
  table({ type: 'rating', maxPoints: 15, bands }, [
    ['code GOOD', 'GOOD', 15],
    ['code FAIR', 'FAIR', 11],
    ['zh name 较好 as alias', '较好', 11],
    ['en name as alias', 'fairly good', 11],
    ['一般', 'AVERAGE', 7],
    ['差', 'POOR', 0],
  ]);
});

describe('banded: greatest lower bound ≤ x', () => {
  describe('ascending points （满意度）', () =>
    table(
      {
        type: 'banded',
        maxPoints: 20,
        bands: [
          { min: 0.7, points: 10 },
          { min: 0.85, points: 16 },
          { min: 0.95, points: 20 },
        ],
      },
      [
        ['exactly 0.95', 0.95, 20],
        ['just below 0.95', 0.9499, 16],
        ['exactly 0.85', 0.85, 16],
        ['exactly 0.7', 0.7, 10],
        ['below every band: 0', 0.69, 0],
        ['1', 1, 20],
      ],
    ));
  describe('descending points (absences 0 → 10, 1 → 7, 2 → 5, ≥3 → 0)', () =>
    table(
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
      [
        ['0 absences', 0, 10],
        ['1', 1, 7],
        ['1.5 falls in ≥1', 1.5, 7],
        ['2', 2, 5],
        ['3', 3, 0],
        ['5', 5, 0],
      ],
    ));
});

describe('penalty: max(0, M − k × c)', () =>
  table({ type: 'penalty', maxPoints: 10, deduction: 3 }, [
    ['none found', 0, 10],
    ['1 found: 7', 1, 7],
    ['3 found: 1', 3, 1],
    ['4 found: 10 − 12 → 0', 4, 0],
    ['100 found: 0', 100, 0],
  ]));

describe('checklist: max(0, M − Σ missing deductions), item deduction default k', () => {
  const rule: Rule = {
    type: 'checklist',
    maxPoints: 15,
    deduction: 5,
    items: [
      { code: 'A', name: { zh: '甲', en: 'A' } },
      { code: 'B', name: { zh: '乙', en: 'B' } },
      { code: 'C', name: { zh: '丙', en: 'C' }, deduction: 8 },
    ],
  };
  table(rule, [
    ['all present', ['A', 'B', 'C'], 15],
    ['any order', ['C', 'A', 'B'], 15],
    ['C missing: its own deduction 8 → 7', ['A', 'B'], 7],
    ['B, C missing: 15 − 5 − 8 = 2', ['A'], 2],
    ['A, B missing: 15 − 10 = 5', ['C'], 5],
    ['all missing: 15 − 18 → 0', [], 0],
  ]);
});

describe('boolean', () =>
  table({ type: 'boolean', maxPoints: 10 }, [
    ['yes: M', true, 10],
    ['no: 0', false, 0],
  ]));

describe('bonus: min(cap, k × c)', () =>
  table({ type: 'bonus', points: 2, cap: 5 }, [
    ['0', 0, 0],
    ['1: 2', 1, 2],
    ['2: 4', 2, 4],
    ['3: 6 → cap 5', 3, 5],
    ['10: cap 5', 10, 5],
  ]));

describe('deduction: −min(cap, k × c)', () =>
  table({ type: 'deduction', points: 10, cap: 40 }, [
    ['0', 0, 0],
    ['1: −10', 1, -10],
    ['4: −40', 4, -40],
    ['5: −50 → cap −40', 5, -40],
  ]));

describe('bonus and deduction in the path', () => {
  it('shares the path bonusCap in framework order: 5 + 3 wanted, cap 6 → 5 and 1', () => {
    const framework = oneIndicatorFramework({ type: 'bonus', points: 2, cap: 5 }, { bonusCap: 6 });
    framework.paths[0].indicators.push({
      code: 'Y',
      name: { zh: 'Y', en: 'Y' },
      rule: { type: 'bonus', points: 1, cap: 3 },
    });
    const path = scoreAssessment(framework, { BASE: false, X: 3, Y: 3 }).paths[0];
    expect(path.indicators.map((i) => [i.code, i.rawPoints, i.points])).toEqual([
      ['BASE', 0, 0],
      ['X', 5, 5],
      ['Y', 3, 1],
    ]);
    expect([path.bonusPoints, path.points]).toEqual([6, 6]);
  });

  it('adds bonus above maxPoints （积分制）： 100 + 5 = 105， total 105', () => {
    const result = scoreAssessment(oneIndicatorFramework({ type: 'bonus', points: 2, cap: 5 }), {
      BASE: true,
      X: 3,
    });
    expect([result.paths[0].points, result.paths[0].percent, result.total]).toEqual([105, 105, 105]);
  });

  it('floors the path at 0: BASE no (0) − 30 → 0', () => {
    const path = scoreAssessment(oneIndicatorFramework({ type: 'deduction', points: 10, cap: 40 }), {
      BASE: false,
      X: 3,
    }).paths[0];
    expect([path.basePoints, path.deductionPoints, path.points]).toEqual([0, 30, 0]);
  });

  it('subtracts deductions: 100 − 20 = 80', () => {
    const path = scoreAssessment(oneIndicatorFramework({ type: 'deduction', points: 10, cap: 40 }), {
      BASE: true,
      X: 2,
    }).paths[0];
    expect([path.points, path.weighted]).toEqual([80, 80]);
  });
});
