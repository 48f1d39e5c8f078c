import type { Framework, Rule } from '../types';
import { scoreAssessment } from './score';
import { ind, oneIndicatorFramework, STANDARD_GRADES } from './test-frameworks';

describe('framework errors are refused when first scored', () => {
  const broken = (rule: Rule) => () => scoreAssessment(oneIndicatorFramework(rule), {});
  it.each([
    ['ratio target above 1', broken({ type: 'ratio', maxPoints: 10, target: 1.2 }), /ratio target/],
    ['ratio target 0', broken({ type: 'ratio', maxPoints: 10, target: 0 }), /ratio target/],
    ['count target 0', broken({ type: 'count', maxPoints: 10, target: 0 }), /count target/],
    [
      'threshold step 0',
      broken({ type: 'threshold_step', maxPoints: 10, threshold: 0.9, step: 0, deduction: 5 }),
      /step/,
    ],
  ])('%s', (_name, run, message) => {
    expect(run).toThrow(message);
  });

  it('duplicate indicator codes', () => {
    const framework = oneIndicatorFramework({ type: 'boolean', maxPoints: 10 });
    framework.paths[0].indicators.push(ind('X', { type: 'boolean', maxPoints: 10 }));
    expect(() => scoreAssessment(framework, {})).toThrow(/duplicate indicator code X/);
  });

  it('grades not ordered best first', () => {
    const framework: Framework = {
      ...oneIndicatorFramework({ type: 'boolean', maxPoints: 10 }),
      grades: [...STANDARD_GRADES].reverse(),
    };
    expect(() => scoreAssessment(framework, {})).toThrow(/best first/);
  });
});

describe('memoized and computed points agree', () => {
  it.each([
    ['small whole ratio, repeated', { numerator: 11, denominator: 12 }, 22.92],
    ['decimal numerator (not memoized): 7.5/10 × 25 = 18.75', { numerator: 7.5, denominator: 10 }, 18.75],
    ['huge denominator (not memoized): 1/3000000 × 25 → 0', { numerator: 1, denominator: 3_000_000 }, 0],
    [
      'huge ratio 2999999/3000000 × 25 = 24.9999916… → 25',
      { numerator: 2_999_999, denominator: 3_000_000 },
      25,
    ],
  ])('%s', (_name, input, points) => {
    const framework = oneIndicatorFramework({ type: 'ratio', maxPoints: 25 });
    for (let i = 0; i < 3; i++) expect(scoreAssessment(framework, { X: input }).paths[0].points).toBe(points);
  });

  it('computes past the memo limit the same as within it', () => {
    const framework = oneIndicatorFramework({ type: 'ratio', maxPoints: 100 });
    // 4,096 distinct ratios fill the memo; later ones are computed each time.
    for (let d = 1; d <= 100; d++)
      for (let n = 0; n <= d; n++) scoreAssessment(framework, { X: { numerator: n, denominator: d } });
    expect(scoreAssessment(framework, { X: { numerator: 1, denominator: 3 } }).total).toBe(33.33);
    expect(scoreAssessment(framework, { X: { numerator: 89995, denominator: 100000 } }).total).toBe(90);
    expect(scoreAssessment(framework, { X: { numerator: 89995, denominator: 100000 } }).grade.code).toBe(
      'EXCELLENT',
    );
  });
});
