import { defaultFramework } from '@pathboard/frameworks';
import type { Framework } from '@pathboard/scoring';
import { applyEdits, editsOf, weightSum } from './what-if-draft';

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
