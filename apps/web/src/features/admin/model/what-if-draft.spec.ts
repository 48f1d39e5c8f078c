import { defaultFramework } from '@pathboard/frameworks';
import type { Framework } from '@pathboard/scoring';
import { draftIssues } from './framework-draft';
import { applyEdits, changedParams, editsOf, weightSum, withParam } from './what-if-draft';

describe('what-if draft edits', () => {
  const base = defaultFramework as Framework;
  it('starts from the base and applies weights and grade minimums to a copy', () => {
    const edits = editsOf(base);
    expect(weightSum(edits)).toBe(100);
    edits.weights.ORGANIZATION = 10;
    edits.weights.SUPERVISION = 45;
    edits.gradeMins.EXCELLENT = 95;
    const draft = applyEdits(base, edits);
    expect(draft.paths.map((p) => p.weight)).toEqual([10, 45, 20, 25]);
    expect(draft.grades.find((g) => g.code === 'EXCELLENT')!.min).toBe(95);
    expect(base.paths[0].weight).toBe(30);
    expect(weightSum(edits)).toBe(100);
    edits.weights.TRAINING = 30.5;
    expect(weightSum(edits)).toBe(105.5);
  });
});

describe('what-if rule parameters', () => {
  const base = defaultFramework as Framework;
  const shortfall = base.paths
    .flatMap((p, pi) => p.indicators.map((indicator, i) => ({ indicator, pi, i })))
    .find(({ indicator }) => indicator.rule.type === 'shortfall')!;

  it("changes one indicator's rule parameter in a copy, counts it, and is checked by the validator", () => {
    const { indicator, pi, i } = shortfall;
    const deduction = (indicator.rule as { deduction: number }).deduction;
    const edits = withParam(editsOf(base), indicator.code, 'deduction', deduction + 1);
    expect(changedParams(edits)).toBe(1);
    const draft = applyEdits(base, edits);
    expect((draft.paths[pi].indicators[i].rule as { deduction: number }).deduction).toBe(deduction + 1);
    expect((base.paths[pi].indicators[i].rule as { deduction: number }).deduction).toBe(deduction);
    expect(draftIssues(draft).size).toBe(0);
    const negative = applyEdits(base, withParam(edits, indicator.code, 'deduction', -2));
    expect([...draftIssues(negative).keys()]).toContain(`paths[${pi}].indicators[${i}].rule.deduction`);
    const cleared = applyEdits(base, withParam(edits, indicator.code, 'required', null));
    expect('required' in cleared.paths[pi].indicators[i].rule).toBe(false);
    expect(
      [...draftIssues(cleared).keys()].some((k) => k.startsWith(`paths[${pi}].indicators[${i}].rule`)),
    ).toBe(true);
  });
});
