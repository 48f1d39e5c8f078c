import type { Rule } from '../types';
import { isRuleType, ruleMaxPoints, ruleModule, RULE_TYPES } from './registry';

describe('the rule registry', () => {
  it('finds every registered type and refuses an unknown one by name', () => {
    for (const type of RULE_TYPES) expect(ruleModule(type).type).toBe(type);
    expect(() => ruleModule('weighted_vote')).toThrow('Unknown rule type weighted_vote');
  });

  // The framework view shows the Chinese line to office staff: parameter names such as maxPoints or
  // capGrade, or an English "Input:", would be words they cannot read.
  it.each(RULE_TYPES)('words the %s formula in Chinese without English, and in English', (type) => {
    const { formula } = ruleModule(type);
    expect(formula.zh).toMatch(/\p{Script=Han}/u);
    expect(formula.zh).not.toMatch(/[A-Za-z]{2,}/);
    expect(formula.en).not.toMatch(/\p{Script=Han}/u);
  });

  it.each<[unknown, boolean]>([
    ['ratio', true],
    ['ratio_floor', true],
    ['weighted_vote', false],
    ['', false],
    [3, false],
    [null, false],
  ])('isRuleType(%j) is %s', (type, expected) => {
    expect(isRuleType(type)).toBe(expected);
  });

  it.each<[string, Rule, number]>([
    ['a base rule: its M', { type: 'ratio', maxPoints: 25 }, 25],
    ['a bonus: its cap', { type: 'bonus', points: 2, cap: 5 }, 5],
    ['a deduction: its cap', { type: 'deduction', points: 10, cap: 40 }, 40],
    ['a veto: 0', { type: 'veto' }, 0],
  ])('ruleMaxPoints of %s', (_name, rule, expected) => {
    expect(ruleMaxPoints(rule)).toBe(expected);
  });
});
