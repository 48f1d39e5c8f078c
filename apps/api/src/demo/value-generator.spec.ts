import { defaultFramework } from '@pathboard/frameworks';
import { scoreAssessment, validateValues, type Sector } from '@pathboard/scoring';
import { Prng } from './prng';
import { generateReview, generateValues, type BranchQuarter } from './value-generator';

const SECTORS: Sector[] = ['RURAL', 'COMMUNITY', 'ORGAN', 'SOE', 'INSTITUTION', 'NEW_ORG'];

function branch(sector: Sector, quality: number): BranchQuarter {
  return { sector, memberCount: 40, quality, violations: 0, veto: false, missingRate: 0 };
}

describe('demo value generator', () => {
  it('always produces values the scoring library accepts, for every sector and quality', () => {
    const rng = new Prng(7);
    for (const sector of SECTORS) {
      for (let i = 0; i <= 20; i++) {
        const b = { ...branch(sector, i / 20), violations: i % 3, veto: i === 20, missingRate: 0.1 };
        const values = generateValues(defaultFramework, b, rng);
        expect(validateValues(defaultFramework, values, { sector })).toEqual([]);
        const reviewed = generateReview(defaultFramework, b, values, rng, 3);
        expect(validateValues(defaultFramework, reviewed, { sector })).toEqual([]);
      }
    }
  });

  it('is deterministic for a seed', () => {
    const a = generateValues(defaultFramework, branch('COMMUNITY', 0.7), new Prng(42));
    const b = generateValues(defaultFramework, branch('COMMUNITY', 0.7), new Prng(42));
    expect(a).toEqual(b);
  });

  it('scores a strong branch well above a weak one', () => {
    const mean = (quality: number) => {
      const rng = new Prng(1);
      let sum = 0;
      for (let i = 0; i < 30; i++)
        sum += scoreAssessment(
          defaultFramework,
          generateValues(defaultFramework, branch('COMMUNITY', quality), rng),
          { sector: 'COMMUNITY' },
        ).total;
      return sum / 30;
    };
    const strong = mean(0.9);
    const weak = mean(0.3);
    expect(strong).toBeGreaterThan(85);
    expect(weak).toBeLessThan(70);
  });

  it('skips indicators that do not apply to the sector (乡村振兴 only for rural branches)', () => {
    const rng = new Prng(3);
    expect(generateValues(defaultFramework, branch('COMMUNITY', 0.8), rng)).not.toHaveProperty(
      'ORG_RURAL_REVITALIZATION',
    );
    expect(generateValues(defaultFramework, branch('RURAL', 0.8), rng)).toHaveProperty(
      'ORG_RURAL_REVITALIZATION',
    );
  });
});
