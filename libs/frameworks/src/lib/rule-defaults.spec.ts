import { defaultRule, RULE_TYPES, type Framework } from '@pathboard/scoring';
import { defaultFramework } from './default-framework';
import { validateFramework } from './validate-framework';

describe("the rule registry's default parameters (the editor's new indicator)", () => {
  it.each([...RULE_TYPES])('a new %s indicator passes the validator with its defaults', (type) => {
    const framework = structuredClone(defaultFramework) as Framework;
    const rule = defaultRule(type);
    framework.paths[0].indicators.push({ code: 'NEW_ONE', name: { zh: '新指标', en: 'New' }, rule });
    const result = validateFramework(framework);
    const at = `paths[0].indicators[${framework.paths[0].indicators.length - 1}]`;
    const own = result.ok ? [] : result.errors.filter((e) => e.location.startsWith(at));
    expect(own).toEqual([]);
    // A rule with base points makes the path's sum wrong until the author rebalances it: said, not hidden.
    const sumIssue = result.ok ? [] : result.errors.filter((e) => e.code === 'PATH_POINTS_MISMATCH');
    expect(sumIssue.length > 0).toBe('maxPoints' in rule);
  });

  it('gives a fresh copy each time', () => {
    const a = defaultRule('rating');
    (a as { maxPoints: number }).maxPoints = 99;
    expect((defaultRule('rating') as { maxPoints: number }).maxPoints).toBe(10);
  });
});
