import type { Framework } from '@pathboard/scoring';
import { validateFramework } from './validate-framework';
import { errorsOf, fixture } from './validate-framework.fixtures';

// Whole frameworks: what is accepted, what is refused outright, several problems at once.
describe('validateFramework: each check names the right location', () => {
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
