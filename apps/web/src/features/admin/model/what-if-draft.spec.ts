import { defaultFramework } from '@pathboard/frameworks';
import type { Framework } from '@pathboard/scoring';
import { draftIssues } from './framework-draft';
import { issuesFromImportError } from './framework-file';
import { applyEdits, changedParams, editsOf, weightSum, whatIfIssuesText, withParam } from './what-if-draft';

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

describe('what-if problems in words', () => {
  const base = defaultFramework as Framework;

  it('says the weights problem without its location key, as the server sends it and as the editor says it', () => {
    const edits = editsOf(base);
    edits.weights.ORGANIZATION = 60;
    const draft = applyEdits(base, edits);
    const rows = [...draftIssues(draft).values()].flat();
    expect(rows.map((r) => r.code)).toContain('PATH_WEIGHTS_SUM');
    // The whatIf query's refusal carries the same issues (extensions.issues).
    const refusal = {
      graphQLErrors: [{ extensions: { code: 'BAD_USER_INPUT', issues: rows.map((r) => ({ ...r })) } }],
    };
    const zh = whatIfIssuesText(issuesFromImportError(refusal), draft, 'zh');
    expect(zh).toContain('130');
    expect(zh).not.toMatch(/paths/);
    expect(whatIfIssuesText(issuesFromImportError(refusal), draft, 'en')).not.toMatch(/paths/);
  });

  it("names an indicator's problem by the indicator's name, not by paths[…].indicators[…]", () => {
    const shortfall = base.paths.flatMap((p) => p.indicators).find((i) => i.rule.type === 'shortfall')!;
    const draft = applyEdits(base, withParam(editsOf(base), shortfall.code, 'deduction', -1));
    const rows = [...draftIssues(draft).values()].flat();
    const zh = whatIfIssuesText(rows, draft, 'zh');
    expect(zh.startsWith(`${shortfall.name.zh}：`)).toBe(true);
    expect(zh).not.toMatch(/paths\[|indicators\[|rule\./);
  });
});
