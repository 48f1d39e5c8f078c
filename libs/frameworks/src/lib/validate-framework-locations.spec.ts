import type { Framework } from '@pathboard/scoring';
import { errorsOf, fixture } from './validate-framework.fixtures';

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
});
