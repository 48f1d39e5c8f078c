import type { Framework, IndicatorScore, ValueMap } from '../types';
import { scoreAssessment } from './score';
import { ind, STANDARD_GRADES } from './test-frameworks';

/**
 * What scoreAssessment reports of each indicator besides its points: the applicable / missing /
 * vetoTriggered flags, the vetoes list and completeness. The points themselves are the rule specs'
 * and domain.spec's; these are the fields a committee's "not entered" and "vetoed" columns read.
 */

const t = (zh: string, en = zh) => ({ zh, en });

/**
 * One path of 100 for community branches: a boolean worth 100 (B), a deduction (D), a veto capping
 * at 优秀 — the first grade, index 0 — (V0), and a veto capping at the lowest grade (V). RURAL_ONLY
 * and RURAL_VETO apply only to rural branches, so a community branch sees them as not applicable.
 */
const framework: Framework = {
  code: 'FLAGS',
  version: 1,
  name: t('标记'),
  grades: STANDARD_GRADES,
  paths: [
    {
      code: 'P',
      name: t('路径'),
      weight: 100,
      indicators: [
        ind('B', { type: 'boolean', maxPoints: 100 }),
        ind('D', { type: 'deduction', points: 5, cap: 20 }),
        ind('V0', { type: 'veto', capGrade: 'EXCELLENT' }),
        ind('V', { type: 'veto' }),
        ind('RURAL_ONLY', { type: 'boolean', maxPoints: 10 }, ['RURAL']),
        ind('RURAL_VETO', { type: 'veto' }, ['RURAL']),
      ],
    },
  ],
};

function score(values: ValueMap, sector: 'RURAL' | 'COMMUNITY' = 'COMMUNITY') {
  const result = scoreAssessment(framework, values, { sector });
  const byCode = new Map<string, IndicatorScore>(result.paths[0].indicators.map((i) => [i.code, i]));
  return { result, of: (code: string) => byCode.get(code)! };
}

const flags = ({ applicable, missing, vetoTriggered }: IndicatorScore) => ({
  applicable,
  missing,
  vetoTriggered,
});

describe('indicator flags', () => {
  it.each([
    ['an answered base indicator', 'B', { applicable: true, missing: false, vetoTriggered: undefined }],
    ['an answered deduction', 'D', { applicable: true, missing: false, vetoTriggered: undefined }],
    ['a veto answered no', 'V', { applicable: true, missing: false, vetoTriggered: false }],
    [
      'a veto answered yes, capping at the first grade',
      'V0',
      { applicable: true, missing: false, vetoTriggered: true },
    ],
    ['a missing base indicator', 'RURAL_ONLY', { applicable: true, missing: true, vetoTriggered: undefined }],
    ['a missing veto', 'RURAL_VETO', { applicable: true, missing: true, vetoTriggered: false }],
  ])('%s (rural branch)', (_name, code, expected) => {
    const { of } = score({ B: true, D: 1, V0: true, V: false }, 'RURAL');
    expect(flags(of(code))).toEqual(expected);
  });

  it.each([
    ['a base indicator', 'RURAL_ONLY', { applicable: false, missing: false, vetoTriggered: undefined }],
    ['a veto', 'RURAL_VETO', { applicable: false, missing: false, vetoTriggered: false }],
  ])('%s that does not apply to the sector is neither missing nor triggered', (_name, code, expected) => {
    const { of } = score({ B: true, D: 0, V0: false, V: false });
    expect(flags(of(code))).toEqual(expected);
    expect(of(code)).toMatchObject({ points: 0, rawPoints: 0, maxPoints: 0 });
  });
});

describe('vetoes', () => {
  it('a veto answered no is not listed and caps nothing', () => {
    const { result } = score({ B: true, D: 0, V0: false, V: false });
    expect(result.vetoes).toEqual([]);
    expect(result.grade.code).toBe('EXCELLENT');
  });

  it('a veto capping at the first grade is listed and explained, though it changes no grade', () => {
    const { result, of } = score({ B: true, D: 0, V0: true, V: false });
    expect(result.vetoes).toEqual([
      { code: 'V0', name: t('V0'), capGrade: { code: 'EXCELLENT', name: t('优秀', 'Excellent') } },
    ]);
    expect(result.grade.code).toBe('EXCELLENT');
    expect(of('V0').reason).toEqual({
      zh: '一票否决：等次封顶为 优秀',
      en: 'veto: grade capped at Excellent',
    });
    expect(of('V').reason).toEqual({ zh: '未触发一票否决', en: 'veto not triggered' });
  });

  it('two vetoes: the lower cap wins and both are listed in framework order', () => {
    const { result } = score({ B: true, D: 0, V0: true, V: true });
    expect(result.vetoes.map((v) => [v.code, v.capGrade.code])).toEqual([
      ['V0', 'EXCELLENT'],
      ['V', 'FAIL'],
    ]);
    expect(result.grade.code).toBe('FAIL');
    expect(result.uncappedGrade.code).toBe('EXCELLENT');
  });
});

describe('completeness', () => {
  it('counts the applicable indicators answered, vetoes and deductions included', () => {
    const { result } = score({ B: true, D: 1, V0: false }, 'RURAL');
    expect(result.completeness).toEqual({ answered: 3, applicable: 6, ratio: 0.5 });
    expect(result.missing).toEqual(['V', 'RURAL_ONLY', 'RURAL_VETO']);
  });

  it('a branch that nothing applies to is complete, not 0/0', () => {
    const ruralOnly: Framework = {
      ...framework,
      paths: [{ ...framework.paths[0], indicators: framework.paths[0].indicators.slice(4) }],
    };
    const result = scoreAssessment(ruralOnly, {}, { sector: 'COMMUNITY' });
    expect(result.completeness).toEqual({ answered: 0, applicable: 0, ratio: 1 });
    expect(result.missing).toEqual([]);
  });
});
