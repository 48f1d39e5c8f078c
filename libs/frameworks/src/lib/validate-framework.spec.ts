import { SECTORS, type Framework } from '@pathboard/scoring';
import { defaultFramework } from './default-framework';
import { frameworkSchema, SECTOR_CODES } from './schemas';
import { countValues, FRAMEWORK_LIMITS, MAX_FRAMEWORK_VALUES } from './size-limits';
import { MAX_REPORTED_ISSUES, validateFramework } from './validate-framework';

/** A mutable deep copy of the default framework, to break in one place per fixture. */
function fixture(): Framework {
  return JSON.parse(JSON.stringify(defaultFramework));
}

function errorsOf(framework: unknown) {
  const result = validateFramework(framework);
  if (result.ok) throw new Error('expected the framework to be refused');
  return result.errors;
}

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

// Each row breaks one thing; the error must carry the machine code, the location and the owner.
type Row = [
  string,
  (f: Framework & Record<string, unknown>) => void,
  string,
  string,
  { path?: string; indicator?: string },
];
const rows: Row[] = [
  [
    'evidence requirement not a boolean',
    (f) => {
      Object.assign(f.paths[0].indicators[0], { evidence: { required: 'yes' } });
    },
    'WRONG_TYPE',
    'paths[0].indicators[0].evidence.required',
    { indicator: 'ORG_MEETINGS' },
  ],
  [
    'evidence hint without English',
    (f) => {
      Object.assign(f.paths[0].indicators[0], { evidence: { required: true, hint: { zh: '会议记录' } } });
    },
    'MISSING_FIELD',
    'paths[0].indicators[0].evidence.hint.en',
    { indicator: 'ORG_MEETINGS' },
  ],
  [
    'path weights not summing to 100',
    (f) => {
      f.paths[1].weight = 20;
    },
    'PATH_WEIGHTS_SUM',
    'paths',
    {},
  ],
  [
    'base points not summing to maxPoints',
    (f) => {
      Object.assign(f.paths[1].indicators[0].rule, { maxPoints: 10 });
    },
    'PATH_POINTS_MISMATCH',
    'paths[1].maxPoints',
    { path: 'SUPERVISION' },
  ],
  [
    'rural extra counted over all sectors',
    (f) => {
      delete f.paths[0].indicators[7].sectors;
    },
    'PATH_POINTS_MISMATCH',
    'paths[0].maxPoints',
    { path: 'ORGANIZATION' },
  ],
  [
    'duplicate path code',
    (f) => {
      f.paths[2].code = 'SUPERVISION';
    },
    'DUPLICATE_CODE',
    'paths[2].code',
    { path: 'SUPERVISION' },
  ],
  [
    'duplicate indicator code',
    (f) => {
      f.paths[1].indicators[3].code = 'ORG_MEETINGS';
    },
    'DUPLICATE_CODE',
    'paths[1].indicators[3].code',
    { path: 'SUPERVISION', indicator: 'ORG_MEETINGS' },
  ],
  [
    'duplicate grade code',
    (f) => {
      f.grades[1].code = 'EXCELLENT';
    },
    'DUPLICATE_CODE',
    'grades[1].code',
    {},
  ],
  [
    'duplicate rating band',
    (f) => {
      Object.assign(f.paths[0].indicators[4].rule, {
        bands: [
          { code: 'GOOD', name: { zh: '好', en: 'Good' }, points: 15 },
          { code: 'GOOD', name: { zh: '差', en: 'Poor' }, points: 0 },
        ],
      });
    },
    'DUPLICATE_CODE',
    'paths[0].indicators[4].rule.bands[1].code',
    { path: 'ORGANIZATION', indicator: 'ORG_WORK_PLAN' },
  ],
  [
    'duplicate checklist item',
    (f) => {
      (f.paths[2].indicators[1].rule as { items: { code: string }[] }).items[2].code = 'SCREENING';
    },
    'DUPLICATE_CODE',
    'paths[2].indicators[1].rule.items[2].code',
    { path: 'INTEGRITY', indicator: 'INT_RISK_POINTS' },
  ],
  [
    'unknown rule',
    (f) => {
      Object.assign(f.paths[1].indicators[3].rule, { type: 'percentage' });
    },
    'UNKNOWN_RULE',
    'paths[1].indicators[3].rule.type',
    { path: 'SUPERVISION', indicator: 'SUP_SATISFACTION' },
  ],
  [
    'banded bands out of order',
    (f) => {
      (f.paths[1].indicators[3].rule as { bands: { min: number }[] }).bands[2].min = 0.6;
    },
    'BANDS_NOT_ASCENDING',
    'paths[1].indicators[3].rule.bands[2].min',
    { path: 'SUPERVISION', indicator: 'SUP_SATISFACTION' },
  ],
  [
    'banded bands with equal min',
    (f) => {
      (f.paths[1].indicators[3].rule as { bands: { min: number }[] }).bands[3].min = 0.85;
    },
    'BANDS_NOT_ASCENDING',
    'paths[1].indicators[3].rule.bands[3].min',
    { indicator: 'SUP_SATISFACTION' },
  ],
  [
    'rating maxPoints not the highest band',
    (f) => {
      Object.assign(f.paths[3].indicators[5].rule, { maxPoints: 12 });
      f.paths[3].indicators[6].rule = { type: 'count', maxPoints: 8, target: 4 };
    },
    'RATING_MAX_MISMATCH',
    'paths[3].indicators[5].rule.maxPoints',
    { path: 'TRAINING', indicator: 'TRN_CADRE_EVALUATION' },
  ],
  [
    'bonus without cap',
    (f) => {
      delete (f.paths[0].indicators[8].rule as { cap?: number }).cap;
    },
    'BONUS_WITHOUT_CAP',
    'paths[0].indicators[8].rule.cap',
    { indicator: 'ORG_INNOVATION_BONUS' },
  ],
  [
    'deduction without cap',
    (f) => {
      delete (f.paths[2].indicators[4].rule as { cap?: number }).cap;
    },
    'DEDUCTION_WITHOUT_CAP',
    'paths[2].indicators[4].rule.cap',
    { indicator: 'INT_FOUR_WINDS_VIOLATIONS' },
  ],
  [
    'ratio target above 1',
    (f) => {
      Object.assign(f.paths[1].indicators[2].rule, { target: 1.2 });
    },
    'TARGET_OUT_OF_RANGE',
    'paths[1].indicators[2].rule.target',
    { indicator: 'SUP_PETITIONS_RESOLVED' },
  ],
  [
    'ratio target 0',
    (f) => {
      Object.assign(f.paths[0].indicators[0].rule, { target: 0 });
    },
    'TARGET_OUT_OF_RANGE',
    'paths[0].indicators[0].rule.target',
    { indicator: 'ORG_MEETINGS' },
  ],
  [
    'count target 0',
    (f) => {
      Object.assign(f.paths[3].indicators[1].rule, { target: 0 });
    },
    'TARGET_OUT_OF_RANGE',
    'paths[3].indicators[1].rule.target',
    { path: 'TRAINING', indicator: 'TRN_STUDY_HOURS' },
  ],
  [
    'threshold above 1',
    (f) => {
      Object.assign(f.paths[1].indicators[1].rule, { threshold: 90 });
    },
    'THRESHOLD_OUT_OF_RANGE',
    'paths[1].indicators[1].rule.threshold',
    { indicator: 'SUP_APPRAISAL_PARTICIPATION' },
  ],
  [
    'step 0',
    (f) => {
      Object.assign(f.paths[3].indicators[2].rule, { step: 0 });
    },
    'STEP_OUT_OF_RANGE',
    'paths[3].indicators[2].rule.step',
    { indicator: 'TRN_XUEXI_ACTIVE' },
  ],
  [
    'grades not strictly descending',
    (f) => {
      f.grades[2].min = 80;
    },
    'GRADES_NOT_DESCENDING',
    'grades[2].min',
    {},
  ],
  [
    'lowest grade above 0',
    (f) => {
      f.grades[3].min = 10;
    },
    'LOWEST_GRADE_ABOVE_ZERO',
    'grades[3].min',
    {},
  ],
  [
    'veto capGrade not a grade',
    (f) => {
      Object.assign(f.paths[2].indicators[5].rule, { capGrade: 'BAD' });
    },
    'UNKNOWN_GRADE',
    'paths[2].indicators[5].rule.capGrade',
    { path: 'INTEGRITY', indicator: 'INT_SERIOUS_VIOLATION_VETO' },
  ],
  [
    'missing field',
    (f) => {
      delete (f.paths[0].indicators[1].rule as { required?: number }).required;
    },
    'MISSING_FIELD',
    'paths[0].indicators[1].rule.required',
    { indicator: 'ORG_THEME_DAYS' },
  ],
  [
    'misspelt field',
    (f) => {
      Object.assign(f.paths[0].indicators[2].rule, { maxpoints: 10 });
    },
    'UNKNOWN_FIELD',
    'paths[0].indicators[2].rule.maxpoints',
    { indicator: 'ORG_LIFE_MEETINGS' },
  ],
  [
    'number as text',
    (f) => {
      Object.assign(f.paths[0], { weight: '30' });
    },
    'WRONG_TYPE',
    'paths[0].weight',
    { path: 'ORGANIZATION' },
  ],
  [
    'unknown sector',
    (f) => {
      Object.assign(f.paths[0].indicators[7], { sectors: ['FARM'] });
    },
    'UNKNOWN_SECTOR',
    'paths[0].indicators[7].sectors[0]',
    { indicator: 'ORG_RURAL_REVITALIZATION' },
  ],
  [
    'banded band above maxPoints',
    (f) => {
      (f.paths[1].indicators[3].rule as { bands: { points: number }[] }).bands[3].points = 25;
    },
    'BAND_ABOVE_MAX',
    'paths[1].indicators[3].rule.bands[3].points',
    { indicator: 'SUP_SATISFACTION' },
  ],
];

describe('validateFramework: each check names the right location', () => {
  it.each(rows)('%s', (_name, breakIt, code, location, owner) => {
    const framework = fixture() as Framework & Record<string, unknown>;
    breakIt(framework);
    const errors = errorsOf(framework);
    expect(errors).toContainEqual(expect.objectContaining({ code, location, ...owner }));
    const error = errors.find((e) => e.code === code && e.location === location)!;
    expect(error.message.zh).toContain(location);
    expect(error.message.en).toContain(location);
  });

  it('accepts an evidence requirement with a bilingual hint', () => {
    const framework = fixture();
    framework.paths[0].indicators[0].evidence = {
      required: true,
      hint: { zh: '会议记录、签到表', en: 'Minutes and sign-in sheets' },
    };
    const result = validateFramework(framework);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('takes an optional rectification share in (0, 1] and refuses others, naming the field', () => {
    expect(validateFramework({ ...fixture(), rectificationShare: 0.5 }).ok).toBe(true);
    for (const share of [0, 1.5, '60%']) {
      expect(errorsOf({ ...fixture(), rectificationShare: share })).toContainEqual(
        expect.objectContaining({ location: 'rectificationShare' }),
      );
    }
  });

  it('refuses what is not a framework at all', () => {
    for (const input of [null, 42, 'framework', []]) expect(validateFramework(input).ok).toBe(false);
    expect(errorsOf({})).toContainEqual(
      expect.objectContaining({ code: 'MISSING_FIELD', location: 'paths' }),
    );
  });

  it('reports every problem of a stage at once', () => {
    const framework = fixture();
    framework.grades[2].min = 95;
    Object.assign(framework.paths[2].indicators[5].rule, { capGrade: 'NONE' });
    expect(
      errorsOf(framework)
        .map((e) => e.code)
        .sort(),
    ).toEqual(['GRADES_NOT_DESCENDING', 'UNKNOWN_GRADE']);
  });

  it('accepts the "35 points" shape (weight = maxPoints) and sums without float drift', () => {
    const framework: Framework = {
      code: 'POINTS',
      version: 1,
      name: { zh: '积分', en: 'Points' },
      grades: [{ code: 'ALL', name: { zh: '全部', en: 'All' }, min: 0 }],
      paths: [
        {
          code: 'A',
          name: { zh: '甲', en: 'A' },
          weight: 35,
          maxPoints: 35,
          indicators: [
            { code: 'A1', name: { zh: '甲一', en: 'A1' }, rule: { type: 'boolean', maxPoints: 0.1 } },
            { code: 'A2', name: { zh: '甲二', en: 'A2' }, rule: { type: 'boolean', maxPoints: 0.2 } },
            {
              code: 'A3',
              name: { zh: '甲三', en: 'A3' },
              rule: { type: 'penalty', maxPoints: 34.7, deduction: 1 },
            },
          ],
        },
        {
          code: 'B',
          name: { zh: '乙', en: 'B' },
          weight: 65,
          maxPoints: 65,
          indicators: [
            { code: 'B1', name: { zh: '乙一', en: 'B1' }, rule: { type: 'count', maxPoints: 65, target: 3 } },
          ],
        },
      ],
    };
    expect(validateFramework(framework)).toEqual({ ok: true, framework });
  });
});

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
