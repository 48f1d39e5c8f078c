import { defaultFramework } from '@pathboard/frameworks';
import { defaultRule } from '@pathboard/scoring';
import { numericParams } from '../../../shared/framework-editing/rule-params';
import {
  addIndicator,
  byLocation,
  draftFrom,
  draftIssues,
  editorFields,
  isUnder,
  leftoverUnder,
  newIndicatorCode,
  removeIndicator,
  setAt,
  setRuleParam,
} from './framework-draft';

describe('framework draft (a new version made from an existing one)', () => {
  it('copies the base with the next free version number, leaving the base alone', () => {
    const draft = draftFrom(defaultFramework, [1, 3]);
    expect(draft.version).toBe(4);
    const renamed = setAt(draft, 'paths[0].name.zh', '组织建设（新）');
    expect(renamed.paths[0].name.zh).toBe('组织建设（新）');
    expect(draft.paths[0].name.zh).toBe(defaultFramework.paths[0].name.zh);
    expect(draftIssues(renamed).size).toBe(0);
  });

  it("puts the validator's messages on the field they are about", () => {
    const draft = draftFrom(defaultFramework, []);
    const weight = draftIssues(setAt(draft, 'paths[0].weight', draft.paths[0].weight + 5));
    expect([...weight.values()].flat().length).toBeGreaterThan(0);
    expect([...weight.values()].flat().some((i) => /100/.test(i.message.zh))).toBe(true);
    const negative = draftIssues(setAt(draft, 'paths[0].indicators[1].rule.deduction', -1));
    expect(negative.get('paths[0].indicators[1].rule.deduction')?.length).toBeGreaterThan(0);
  });
});

describe('adding and removing indicators', () => {
  const name = { zh: '新指标', en: 'New indicator' };

  it("adds an indicator with the rule registry's defaults and a free code; the path's sum is then named", () => {
    const draft = draftFrom(defaultFramework, []);
    const added = addIndicator(draft, 0, 'shortfall', name);
    const indicators = added.paths[0].indicators;
    expect(indicators).toHaveLength(draft.paths[0].indicators.length + 1);
    expect(indicators.at(-1)).toEqual({
      code: `${draft.paths[0].code}_NEW_1`,
      name,
      rule: defaultRule('shortfall'),
    });
    expect(draft.paths[0].indicators).toHaveLength(defaultFramework.paths[0].indicators.length);
    expect(newIndicatorCode(added, 0)).toBe(`${draft.paths[0].code}_NEW_2`);
    // Its 10 points make the path's base points 110: the validator says so on the path.
    const issues = draftIssues(added);
    expect(issues.get('paths[0].maxPoints')?.map((i) => i.code)).toEqual(['PATH_POINTS_MISMATCH']);
    // Taking 10 points off another base indicator of the path balances it again.
    const first = added.paths[0].indicators[0].rule as { maxPoints: number };
    const balanced = setRuleParam(added, 0, 0, 'maxPoints', first.maxPoints - 10);
    expect(draftIssues(balanced).size).toBe(0);
  });

  it('a bonus needs no rebalancing; a duplicate code is named on the code', () => {
    const draft = addIndicator(draftFrom(defaultFramework, []), 1, 'bonus', name);
    expect(draftIssues(draft).size).toBe(0);
    const last = draft.paths[1].indicators.length - 1;
    const clash = setAt(draft, `paths[1].indicators[${last}].code`, draft.paths[0].indicators[0].code);
    expect([...draftIssues(clash).keys()]).toContain(`paths[1].indicators[${last}].code`);
  });

  it('removes an indicator, leaving the base alone', () => {
    const draft = draftFrom(defaultFramework, []);
    const bonusAt = draft.paths[0].indicators.findIndex((i) => i.rule.type === 'bonus');
    const removed = removeIndicator(draft, 0, bonusAt);
    expect(removed.paths[0].indicators.map((i) => i.code)).not.toContain(
      draft.paths[0].indicators[bonusAt].code,
    );
    expect(draft.paths[0].indicators[bonusAt]).toBeDefined();
    expect(draftIssues(removed).size).toBe(0);
  });

  it('a cleared optional parameter is dropped (the default applies); a cleared required one is named', () => {
    const draft = draftFrom(defaultFramework, []);
    const p = draft.paths.findIndex((path) => path.indicators.some((i) => i.rule.type === 'ratio'));
    const i = draft.paths[p].indicators.findIndex((ind) => ind.rule.type === 'ratio');
    const withTarget = setRuleParam(draft, p, i, 'target', 0.9);
    expect((withTarget.paths[p].indicators[i].rule as { target?: number }).target).toBe(0.9);
    expect('target' in setRuleParam(withTarget, p, i, 'target', null).paths[p].indicators[i].rule).toBe(
      false,
    );
    const noMax = setRuleParam(draft, p, i, 'maxPoints', null);
    expect(draftIssues(noMax).get(`paths[${p}].indicators[${i}].rule.maxPoints`)?.length).toBeGreaterThan(0);
  });

  it('places each message: beside its input, under its indicator or path, or for the whole draft', () => {
    const draft = draftFrom(defaultFramework, []);
    const fields = editorFields(draft, () => false, numericParams);
    expect(fields.has('paths[0].weight')).toBe(true);
    expect(fields.has('paths[0].indicators[0].code')).toBe(false);
    expect(editorFields(draft, () => true, numericParams).has('paths[0].indicators[0].code')).toBe(true);
    const row = (location: string) => ({
      key: location,
      location,
      path: null,
      indicator: null,
      code: 'X',
      message: { zh: location, en: location },
    });
    const issues = byLocation(
      ['paths[0].weight', 'paths[0].maxPoints', 'paths[0].indicators[0].rule.bands[1].min', 'paths'].map(row),
    );
    expect(leftoverUnder(issues, fields, 'paths[0].indicators[0]').map((r) => r.location)).toEqual([
      'paths[0].indicators[0].rule.bands[1].min',
    ]);
    expect(leftoverUnder(issues, fields, 'paths[0]', 'paths[0].indicators[').map((r) => r.location)).toEqual([
      'paths[0].maxPoints',
    ]);
    expect(isUnder('paths', 'paths[0]')).toBe(false);
    expect(isUnder('paths[10].weight', 'paths[1]')).toBe(false);
  });
});
