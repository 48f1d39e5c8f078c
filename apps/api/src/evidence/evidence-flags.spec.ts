import { evidenceFlags } from './evidence-flags';

describe('evidence plausibility flags', () => {
  it('flags a file other branches also submitted, explaining it in zh and en', () => {
    expect(evidenceFlags({ otherBranches: 0 })).toEqual([]);
    const [flag] = evidenceFlags({ otherBranches: 2 });
    expect(flag.code).toBe('SAME_FILE_OTHER_BRANCH');
    expect(flag.message.zh).toContain('另外 2 个支部');
    expect(flag.message.en).toContain('2 other branches');
  });
});
