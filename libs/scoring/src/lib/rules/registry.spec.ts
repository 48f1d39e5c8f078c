import type { Rule } from '../types';
import { isRuleType, ruleMaxPoints, ruleModule, RULE_TYPES } from './registry';

describe('the rule registry', () => {
  it('finds every registered type and refuses an unknown one by name', () => {
    for (const type of RULE_TYPES) expect(ruleModule(type).type).toBe(type);
    expect(() => ruleModule('weighted_vote')).toThrow('Unknown rule type weighted_vote');
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
