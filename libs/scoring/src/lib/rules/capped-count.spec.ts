/**
 * What the bonus and deduction rules share, one table for both: a whole count of times, `points`
 * each up to `cap`, with no checks beyond the schema's. Their own specs keep what differs.
 */
import { issuesOfOne } from '../engine/test-frameworks';
import type { LocalizedText, Rule } from '../types';
import { ruleInput, ruleModule } from './registry';

type CappedCountRule = Extract<Rule, { type: 'bonus' | 'deduction' }>;

describe.each<{ rule: CappedCountRule; name: LocalizedText }>([
  { rule: { type: 'bonus', points: 2, cap: 5 }, name: { zh: '加分项', en: 'bonus' } },
  { rule: { type: 'deduction', points: 3, cap: 5 }, name: { zh: '扣分项', en: 'deduction' } },
])('$rule.type: a whole count, points each up to cap', ({ rule, name }) => {
  it('takes whole counts only', () => {
    expect(issuesOfOne(rule, 1.5)).toEqual(['NOT_AN_INTEGER']);
    expect(issuesOfOne(rule, -1)).toEqual(['NEGATIVE']);
  });

  it('describes its role, name, parameters and input', () => {
    const module = ruleModule(rule.type);
    expect(module.role).toBe(rule.type);
    expect(module.name).toEqual(name);
    expect(module.params.required).toEqual(['points', 'cap']);
    expect(ruleInput(rule)).toEqual({
      kind: 'count',
      integer: true,
      min: 0,
      unit: { zh: '次', en: 'times' },
    });
    expect(module.maxPoints(rule)).toBe(rule.cap);
    expect(module.check(rule, { gradeCodes: [] })).toEqual([]);
  });
});
