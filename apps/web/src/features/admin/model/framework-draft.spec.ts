import { defaultFramework } from '@pathboard/frameworks';
import { draftFrom, draftIssues, setAt } from './framework-draft';

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
