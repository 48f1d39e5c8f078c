import type { Framework } from '@pathboard/scoring';
import { frameworkSchema } from './schemas';
import { countValues, FRAMEWORK_LIMITS, MAX_FRAMEWORK_VALUES } from './size-limits';
import { MAX_REPORTED_ISSUES, validateFramework } from './validate-framework';
import { errorsOf, fixture } from './validate-framework.fixtures';

describe('validateFramework: size limits', () => {
  const grade = (i: number) => ({ code: `G${i}`, name: { zh: `等${i}`, en: `G${i}` }, min: -i });

  it('refuses more grades than the cap with one error naming the limit, before any other check', () => {
    const framework = fixture() as Framework & Record<string, unknown>;
    // 40,000 grades whose `min` is text: once 40,000 schema errors and 6 s of work.
    framework.grades = Array.from({ length: 40_000 }, (_, i) => ({ ...grade(i), min: String(i) })) as never;
    const errors = errorsOf(framework);
    expect(errors).toEqual([expect.objectContaining({ code: 'TOO_MANY_ITEMS', location: 'grades' })]);
    expect(errors[0].message.en).toContain(`at most ${FRAMEWORK_LIMITS.grades} grades allowed, found 40000`);
    expect(errors[0].message.zh).toContain(`最多 ${FRAMEWORK_LIMITS.grades} 个`);
  });

  it.each([
    [
      'paths',
      (f: Framework) => {
        f.paths = Array.from({ length: FRAMEWORK_LIMITS.paths + 1 }, () => f.paths[0]);
      },
      'paths',
    ],
    [
      'indicators',
      (f: Framework) => {
        f.paths[1].indicators = Array.from(
          { length: FRAMEWORK_LIMITS.indicators + 1 },
          () => f.paths[1].indicators[0],
        );
      },
      'paths[1].indicators',
    ],
    [
      'bands',
      (f: Framework) => {
        const rule = f.paths[0].indicators[4].rule as { bands: unknown[] };
        rule.bands = Array.from({ length: FRAMEWORK_LIMITS.bands + 1 }, () => rule.bands[0]);
      },
      'paths[0].indicators[4].rule.bands',
    ],
    [
      'checklist items',
      (f: Framework) => {
        const rule = f.paths[2].indicators[1].rule as { items: unknown[] };
        rule.items = Array.from({ length: FRAMEWORK_LIMITS.items + 1 }, () => rule.items[0]);
      },
      'paths[2].indicators[1].rule.items',
    ],
  ])('refuses too many %s, naming the limit and the place', (what, breakIt, location) => {
    const framework = fixture();
    breakIt(framework);
    const [error] = errorsOf(framework);
    expect(error).toMatchObject({ code: 'TOO_MANY_ITEMS', location });
    expect(error.message.en).toMatch(new RegExp(`at most \\d+ ${what} allowed, found \\d+`));
  });

  it('keeps the caps in the published schema (maxItems), where editors see them', () => {
    expect(frameworkSchema.properties.grades.maxItems).toBe(FRAMEWORK_LIMITS.grades);
    expect(frameworkSchema.$defs.path.properties.indicators.maxItems).toBe(FRAMEWORK_LIMITS.indicators);
  });

  it('refuses a file with more values than MAX_FRAMEWORK_VALUES (e.g. thousands of unknown fields) without running the schema', () => {
    const framework = fixture() as Framework & Record<string, unknown>;
    for (let i = 0; i < MAX_FRAMEWORK_VALUES; i++) framework[`extra${i}`] = i;
    expect(errorsOf(framework)).toEqual([
      expect.objectContaining({ code: 'FRAMEWORK_TOO_LARGE', location: '' }),
    ]);
  });

  it('counts values with an early stop: the work on an oversized file is bounded by the cap, not the file', () => {
    const huge = Array.from({ length: 1_000_000 }, (_, i) => ({ i }));
    expect(countValues(huge, 100)).toBe(101);
    expect(countValues(fixture(), MAX_FRAMEWORK_VALUES)).toBeLessThan(MAX_FRAMEWORK_VALUES / 10);
  });

  it('validates a largest-allowed file full of errors in bounded time and returns at most MAX_REPORTED_ISSUES errors, saying how many more', () => {
    const framework = fixture();
    // Every indicator of every path wrong three times: thousands of schema errors.
    const broken = { code: 'X', nme: 'x', rule: { type: 'ratio', maxPoints: 'x' } };
    framework.paths = Array.from({ length: FRAMEWORK_LIMITS.paths }, (_, p) => ({
      ...framework.paths[0],
      code: `P${p}`,
      indicators: Array.from({ length: FRAMEWORK_LIMITS.indicators }, () => broken),
    })) as never;
    const started = Date.now();
    const result = validateFramework(framework);
    // A generous bound (the figures are printed by npm run probe:import), far below the 6 s of the
    // quadratic validation this replaces.
    expect(Date.now() - started).toBeLessThan(5_000);
    if (result.ok) throw new Error('expected a refusal');
    expect(result.errors).toHaveLength(MAX_REPORTED_ISSUES);
    expect(result.omitted).toBeGreaterThan(1_000);
  });
});
