import { issuesOfOne, scoreOne } from '../engine/test-frameworks';
import type { Rule } from '../types';
import { ruleInput, ruleModule, sampleInput } from './registry';

const rule = { type: 'veto' } as Rule;
const toPass = { type: 'veto', capGrade: 'PASS' } as Rule;

describe('veto: no points; yes caps the grade (default the lowest)', () => {
  it('caps the grade whatever the total, and says so', () => {
    const yes = scoreOne(rule, true);
    expect([yes.points, yes.result.total, yes.result.grade?.code]).toEqual([0, 100, 'FAIL']);
    expect(yes.reason).toEqual({ zh: '一票否决：等次封顶为 不合格', en: 'veto: grade capped at Fail' });
    const capped = scoreOne(toPass, true);
    expect([capped.result.total, capped.result.grade?.code]).toEqual([100, 'PASS']);
    expect(capped.reason).toEqual({ zh: '一票否决：等次封顶为 合格', en: 'veto: grade capped at Pass' });
    const no = scoreOne(toPass, false);
    expect([no.points, no.result.grade?.code]).toEqual([0, 'EXCELLENT']);
    expect(no.reason).toEqual({ zh: '未触发一票否决', en: 'veto not triggered' });
  });

  it('may cap at the first (highest) grade: a cap that changes nothing, never an error', () => {
    const toTop = { type: 'veto', capGrade: 'EXCELLENT' } as Rule;
    const yes = scoreOne(toTop, true);
    expect([yes.result.total, yes.result.grade?.code]).toEqual([100, 'EXCELLENT']);
  });

  it('checks its capGrade against the framework’s grades', () => {
    const module = ruleModule('veto');
    expect(module.check(toPass, { gradeCodes: ['GOOD', 'PASS'] })).toEqual([]);
    expect(module.check(rule, { gradeCodes: ['GOOD'] })).toEqual([]);
    expect(module.check(toPass, { gradeCodes: ['GOOD', 'FAIL'] })).toEqual([
      {
        at: ['capGrade'],
        code: 'UNKNOWN_GRADE',
        message: {
          zh: 'capGrade PASS 不是本方案的等次（GOOD、FAIL）',
          en: "capGrade PASS is not one of the framework's grades (GOOD, FAIL)",
        },
      },
    ]);
    expect(() => scoreOne({ type: 'veto', capGrade: 'NOPE' } as Rule, true)).toThrow(
      'Indicator X: unknown capGrade NOPE',
    );
  });

  it('takes only true or false', () => {
    expect(issuesOfOne(rule, 'yes')).toEqual(['NOT_A_BOOLEAN']);
  });

  it('describes its input, parameters and samples', () => {
    const module = ruleModule('veto');
    expect(module.role).toBe('veto');
    expect(module.name).toEqual({ zh: '一票否决', en: 'veto' });
    expect(module.params.required).toEqual([]);
    expect(ruleInput(rule)).toEqual({ kind: 'yesNo', integer: false });
    expect(module.maxPoints(rule)).toBe(0);
    // Triggered when random < 0.02 (1 − q).
    expect(sampleInput(rule, 0, () => 0.019)).toBe(true);
    expect(sampleInput(rule, 0, () => 0.02)).toBe(false);
    expect(sampleInput(rule, 1, () => 0)).toBe(false);
  });
});
