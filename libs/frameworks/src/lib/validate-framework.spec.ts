import { SECTORS, type Framework } from '@pathboard/scoring';
import { defaultFramework } from './default-framework';
import { SECTOR_CODES } from './schemas';
import { validateFramework } from './validate-framework';

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

  it('has the weights and base points of DOMAIN.md', () => {
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
type Row = [string, (f: Framework & Record<string, unknown>) => void, string, string, { path?: string; indicator?: string }];
const rows: Row[] = [
  ['path weights not summing to 100', (f) => { f.paths[1].weight = 20; }, 'PATH_WEIGHTS_SUM', 'paths', {}],
  ['base points not summing to maxPoints', (f) => { Object.assign(f.paths[1].indicators[0].rule, { maxPoints: 10 }); }, 'PATH_POINTS_MISMATCH', 'paths[1].maxPoints', { path: 'SUPERVISION' }],
  ['rural extra counted over all sectors', (f) => { delete f.paths[0].indicators[7].sectors; }, 'PATH_POINTS_MISMATCH', 'paths[0].maxPoints', { path: 'ORGANIZATION' }],
  ['duplicate path code', (f) => { f.paths[2].code = 'SUPERVISION'; }, 'DUPLICATE_CODE', 'paths[2].code', { path: 'SUPERVISION' }],
  ['duplicate indicator code', (f) => { f.paths[1].indicators[3].code = 'ORG_MEETINGS'; }, 'DUPLICATE_CODE', 'paths[1].indicators[3].code', { path: 'SUPERVISION', indicator: 'ORG_MEETINGS' }],
  ['duplicate grade code', (f) => { f.grades[1].code = 'EXCELLENT'; }, 'DUPLICATE_CODE', 'grades[1].code', {}],
  ['duplicate rating band', (f) => { Object.assign(f.paths[0].indicators[4].rule, { bands: [
    { code: 'GOOD', name: { zh: '好', en: 'Good' }, points: 15 }, { code: 'GOOD', name: { zh: '差', en: 'Poor' }, points: 0 }] }); },
    'DUPLICATE_CODE', 'paths[0].indicators[4].rule.bands[1].code', { path: 'ORGANIZATION', indicator: 'ORG_WORK_PLAN' }],
  ['duplicate checklist item', (f) => { (f.paths[2].indicators[1].rule as { items: { code: string }[] }).items[2].code = 'SCREENING'; },
    'DUPLICATE_CODE', 'paths[2].indicators[1].rule.items[2].code', { path: 'INTEGRITY', indicator: 'INT_RISK_POINTS' }],
  ['unknown rule', (f) => { Object.assign(f.paths[1].indicators[3].rule, { type: 'percentage' }); }, 'UNKNOWN_RULE', 'paths[1].indicators[3].rule.type', { path: 'SUPERVISION', indicator: 'SUP_SATISFACTION' }],
  ['banded bands out of order', (f) => { (f.paths[1].indicators[3].rule as { bands: { min: number }[] }).bands[2].min = 0.6; },
    'BANDS_NOT_ASCENDING', 'paths[1].indicators[3].rule.bands[2].min', { path: 'SUPERVISION', indicator: 'SUP_SATISFACTION' }],
  ['banded bands with equal min', (f) => { (f.paths[1].indicators[3].rule as { bands: { min: number }[] }).bands[3].min = 0.85; },
    'BANDS_NOT_ASCENDING', 'paths[1].indicators[3].rule.bands[3].min', { indicator: 'SUP_SATISFACTION' }],
  ['rating maxPoints not the highest band', (f) => { Object.assign(f.paths[3].indicators[5].rule, { maxPoints: 12 }); f.paths[3].indicators[6].rule = { type: 'count', maxPoints: 8, target: 4 }; },
    'RATING_MAX_MISMATCH', 'paths[3].indicators[5].rule.maxPoints', { path: 'TRAINING', indicator: 'TRN_CADRE_EVALUATION' }],
  ['bonus without cap', (f) => { delete (f.paths[0].indicators[8].rule as { cap?: number }).cap; }, 'BONUS_WITHOUT_CAP', 'paths[0].indicators[8].rule.cap', { indicator: 'ORG_INNOVATION_BONUS' }],
  ['deduction without cap', (f) => { delete (f.paths[2].indicators[4].rule as { cap?: number }).cap; }, 'DEDUCTION_WITHOUT_CAP', 'paths[2].indicators[4].rule.cap', { indicator: 'INT_FOUR_WINDS_VIOLATIONS' }],
  ['ratio target above 1', (f) => { Object.assign(f.paths[1].indicators[2].rule, { target: 1.2 }); }, 'TARGET_OUT_OF_RANGE', 'paths[1].indicators[2].rule.target', { indicator: 'SUP_PETITIONS_RESOLVED' }],
  ['ratio target 0', (f) => { Object.assign(f.paths[0].indicators[0].rule, { target: 0 }); }, 'TARGET_OUT_OF_RANGE', 'paths[0].indicators[0].rule.target', { indicator: 'ORG_MEETINGS' }],
  ['count target 0', (f) => { Object.assign(f.paths[3].indicators[1].rule, { target: 0 }); }, 'TARGET_OUT_OF_RANGE', 'paths[3].indicators[1].rule.target', { path: 'TRAINING', indicator: 'TRN_STUDY_HOURS' }],
  ['threshold above 1', (f) => { Object.assign(f.paths[1].indicators[1].rule, { threshold: 90 }); }, 'THRESHOLD_OUT_OF_RANGE', 'paths[1].indicators[1].rule.threshold', { indicator: 'SUP_APPRAISAL_PARTICIPATION' }],
  ['step 0', (f) => { Object.assign(f.paths[3].indicators[2].rule, { step: 0 }); }, 'STEP_OUT_OF_RANGE', 'paths[3].indicators[2].rule.step', { indicator: 'TRN_XUEXI_ACTIVE' }],
  ['grades not strictly descending', (f) => { f.grades[2].min = 80; }, 'GRADES_NOT_DESCENDING', 'grades[2].min', {}],
  ['lowest grade above 0', (f) => { f.grades[3].min = 10; }, 'LOWEST_GRADE_ABOVE_ZERO', 'grades[3].min', {}],
  ['veto capGrade not a grade', (f) => { Object.assign(f.paths[2].indicators[5].rule, { capGrade: 'BAD' }); }, 'UNKNOWN_GRADE', 'paths[2].indicators[5].rule.capGrade', { path: 'INTEGRITY', indicator: 'INT_SERIOUS_VIOLATION_VETO' }],
  ['missing field', (f) => { delete (f.paths[0].indicators[1].rule as { required?: number }).required; }, 'MISSING_FIELD', 'paths[0].indicators[1].rule.required', { indicator: 'ORG_THEME_DAYS' }],
  ['misspelt field', (f) => { Object.assign(f.paths[0].indicators[2].rule, { maxpoints: 10 }); }, 'UNKNOWN_FIELD', 'paths[0].indicators[2].rule.maxpoints', { indicator: 'ORG_LIFE_MEETINGS' }],
  ['number as text', (f) => { Object.assign(f.paths[0], { weight: '30' }); }, 'WRONG_TYPE', 'paths[0].weight', { path: 'ORGANIZATION' }],
  ['unknown sector', (f) => { Object.assign(f.paths[0].indicators[7], { sectors: ['FARM'] }); }, 'UNKNOWN_SECTOR', 'paths[0].indicators[7].sectors[0]', { indicator: 'ORG_RURAL_REVITALIZATION' }],
  ['banded band above maxPoints', (f) => { (f.paths[1].indicators[3].rule as { bands: { points: number }[] }).bands[3].points = 25; }, 'BAND_ABOVE_MAX', 'paths[1].indicators[3].rule.bands[3].points', { indicator: 'SUP_SATISFACTION' }],
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

  it('takes an optional rectification share in (0, 1] and refuses others, naming the field', () => {
    expect(validateFramework({ ...fixture(), rectificationShare: 0.5 }).ok).toBe(true);
    for (const share of [0, 1.5, '60%']) {
      expect(errorsOf({ ...fixture(), rectificationShare: share })).toContainEqual(expect.objectContaining({ location: 'rectificationShare' }));
    }
  });

  it('refuses what is not a framework at all', () => {
    for (const input of [null, 42, 'framework', []]) expect(validateFramework(input).ok).toBe(false);
    expect(errorsOf({})).toContainEqual(expect.objectContaining({ code: 'MISSING_FIELD', location: 'paths' }));
  });

  it('reports every problem of a stage at once', () => {
    const framework = fixture();
    framework.grades[2].min = 95;
    Object.assign(framework.paths[2].indicators[5].rule, { capGrade: 'NONE' });
    expect(errorsOf(framework).map((e) => e.code).sort()).toEqual(['GRADES_NOT_DESCENDING', 'UNKNOWN_GRADE']);
  });

  it('accepts the "35 points" shape (weight = maxPoints) and sums without float drift', () => {
    const framework: Framework = {
      code: 'POINTS', version: 1, name: { zh: '积分', en: 'Points' },
      grades: [{ code: 'ALL', name: { zh: '全部', en: 'All' }, min: 0 }],
      paths: [
        { code: 'A', name: { zh: '甲', en: 'A' }, weight: 35, maxPoints: 35, indicators: [
          { code: 'A1', name: { zh: '甲一', en: 'A1' }, rule: { type: 'boolean', maxPoints: 0.1 } },
          { code: 'A2', name: { zh: '甲二', en: 'A2' }, rule: { type: 'boolean', maxPoints: 0.2 } },
          { code: 'A3', name: { zh: '甲三', en: 'A3' }, rule: { type: 'penalty', maxPoints: 34.7, deduction: 1 } },
        ] },
        { code: 'B', name: { zh: '乙', en: 'B' }, weight: 65, maxPoints: 65, indicators: [
          { code: 'B1', name: { zh: '乙一', en: 'B1' }, rule: { type: 'count', maxPoints: 65, target: 3 } },
        ] },
      ],
    };
    expect(validateFramework(framework)).toEqual({ ok: true, framework });
  });
});
