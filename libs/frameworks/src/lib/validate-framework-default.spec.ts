import { SECTORS } from '@pathboard/scoring';
import { defaultFramework } from './default-framework';
import { SECTOR_CODES } from './schemas';
import { validateFramework } from './validate-framework';
import { fixture } from './validate-framework.fixtures';

describe('validateFramework: the default framework', () => {
  it('validates', () => {
    const result = validateFramework(fixture());
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('lists the same sectors as the scoring contract', () => {
    expect([...SECTOR_CODES]).toEqual([...SECTORS]);
  });

  it('has the weights and base points of docs/domain.md', () => {
    expect(defaultFramework.paths.map((path) => [path.code, path.weight, path.maxPoints])).toEqual([
      ['ORGANIZATION', 30, 100],
      ['SUPERVISION', 25, 100],
      ['INTEGRITY', 20, 100],
      ['TRAINING', 25, 100],
    ]);
    expect(defaultFramework.paths.flatMap((path) => path.indicators)).toHaveLength(29);
  });
});
