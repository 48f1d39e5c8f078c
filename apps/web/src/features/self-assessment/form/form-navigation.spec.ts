import { defaultFramework } from '@pathboard/frameworks';
import { entriesFromStored, fieldSpecs } from '../../../shared/assessment-form/form/edit-session';
import { validateForm } from '../../../shared/assessment-form/form/form-validation';
import { applicableFields } from '../../../shared/assessment-form/form/form-values';
import { formStateOf, previewScore } from '../../../shared/assessment-form/form/score-preview';
import { nextUnfilled, pathProgress, previousQuarter, previousValueTexts } from './form-navigation';

const specs = fieldSpecs(defaultFramework, 'COMMUNITY');
const codes = specs.map((s) => s.code);

describe('nextUnfilled', () => {
  it('finds the first unanswered indicator, then the next one after a given indicator, wrapping round', () => {
    const entries = entriesFromStored(specs, [
      { indicatorCode: codes[0], value: { numerator: 1, denominator: 2 } },
    ]);
    expect(codes[0]).toBe('ORG_MEETINGS');
    expect(nextUnfilled(specs, entries)).toBe(codes[1]);
    expect(nextUnfilled(specs, entries, codes[1])).toBe(codes[2]);
    expect(nextUnfilled(specs, entries, codes[codes.length - 1])).toBe(codes[1]);
  });

  it('counts half a fraction as unanswered and says null when all are answered', () => {
    const half = entriesFromStored(specs, []);
    half.ORG_MEETINGS = { value: { numerator: 3, denominator: null }, evidence: '' };
    expect(nextUnfilled(specs, half)).toBe('ORG_MEETINGS');
    const one = specs.slice(0, 1);
    expect(
      nextUnfilled(
        one,
        entriesFromStored(one, [{ indicatorCode: 'ORG_MEETINGS', value: { numerator: 1, denominator: 1 } }]),
      ),
    ).toBeNull();
  });
});

describe('pathProgress', () => {
  it('counts answered indicators per path', () => {
    const groups = applicableFields(defaultFramework, 'COMMUNITY');
    const entries = entriesFromStored(specs, [
      { indicatorCode: 'ORG_MEETINGS', value: { numerator: 1, denominator: 2 } },
    ]);
    const progress = pathProgress(groups, entries);
    expect(progress.map((p) => p.pathCode)).toEqual(groups.map((g) => g.pathCode));
    expect(progress[0]).toEqual({
      pathCode: groups[0].pathCode,
      answered: 1,
      total: groups[0].fields.length,
    });
    expect(progress.slice(1).every((p) => p.answered === 0)).toBe(true);
  });
});

describe('a value with a problem', () => {
  it('counts as unanswered in the path links and the next-unanswered jump, as in the preview’s 已填', () => {
    const groups = applicableFields(defaultFramework, 'COMMUNITY');
    const entries = entriesFromStored(specs, [
      // More meetings held than due: refused by the engine, scored as missing in the preview.
      { indicatorCode: 'ORG_MEETINGS', value: { numerator: 14, denominator: 12 } },
      { indicatorCode: 'ORG_THEME_DAYS', value: 3 },
    ]);
    const issues = validateForm(defaultFramework, formStateOf(entries), {
      sector: 'COMMUNITY',
      lang: 'zh',
      t: (key: string) => key,
    });
    const preview = previewScore(defaultFramework, entries, issues, 'COMMUNITY');
    expect(preview.skipped).toEqual(['ORG_MEETINGS']);
    const invalid = new Set(preview.skipped);
    const answered = pathProgress(groups, entries, invalid).reduce((sum, p) => sum + p.answered, 0);
    expect(answered).toBe(preview.result.completeness.answered);
    expect(answered).toBe(1);
    expect(pathProgress(groups, entries).reduce((sum, p) => sum + p.answered, 0)).toBe(2); // before
    expect(nextUnfilled(specs, entries, null, invalid)).toBe('ORG_MEETINGS');
  });
});

describe('previousQuarter', () => {
  it.each([
    ['2026Q4', '2026Q3'],
    ['2026Q1', '2025Q4'],
    ['2026', null],
  ])('%s → %s', (period, previous) => expect(previousQuarter(period)).toBe(previous));
});

describe('previousValueTexts', () => {
  it('takes the reviewed value over the branch’s, in words, and skips unknown or empty ones', () => {
    const texts = previousValueTexts(
      defaultFramework,
      [
        { indicatorCode: 'ORG_THEME_DAYS', selfValue: 2, reviewedValue: 3 },
        { indicatorCode: 'ORG_MEETINGS', selfValue: { numerator: 11, denominator: 12 }, reviewedValue: null },
        { indicatorCode: 'GONE', selfValue: 1 },
        { indicatorCode: 'ORG_WORK_PLAN', selfValue: null },
      ],
      'zh',
    );
    expect([...texts.keys()]).toEqual(['ORG_THEME_DAYS', 'ORG_MEETINGS']);
    expect(texts.get('ORG_THEME_DAYS')).toContain('3');
    expect(texts.get('ORG_MEETINGS')).toContain('11');
  });
});
