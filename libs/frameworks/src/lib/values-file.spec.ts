import sampleValues from '../../data/sample-values.json';
import ruralValues from '../../data/sample-values-rural.json';
import { defaultFramework } from './default-framework';
import { parseValuesFile } from './values-file';

function errorsOf(input: unknown, withFramework = true) {
  const result = parseValuesFile(input, withFramework ? defaultFramework : undefined);
  if (result.ok) throw new Error('expected the values file to be refused');
  return result.errors;
}

const copy = () => JSON.parse(JSON.stringify(sampleValues));

describe('parseValuesFile', () => {
  it.each([
    ['community sample', sampleValues],
    ['rural sample', ruralValues],
  ])('parses the %s against the default framework', (_name, file) => {
    const result = parseValuesFile(file, defaultFramework);
    expect(result.ok ? result.file : result.errors).toEqual(file);
  });

  it('the community sample has exactly one deduction and no rural indicator', () => {
    expect(sampleValues.sector).toBe('COMMUNITY');
    expect(sampleValues.values.INT_FOUR_WINDS_VIOLATIONS).toBe(1);
    expect(sampleValues.values).not.toHaveProperty('ORG_RURAL_REVITALIZATION');
  });

  type Row = [
    string,
    (file: Record<string, unknown> & { values: Record<string, unknown> }) => void,
    string,
    string,
    string | null,
  ];
  const rows: Row[] = [
    [
      'missing period',
      (f) => {
        delete f.period;
      },
      'MISSING_FIELD',
      'period',
      null,
    ],
    [
      'period not a quarter',
      (f) => {
        f.period = '2026-03';
      },
      'BAD_PERIOD',
      'period',
      null,
    ],
    [
      'unknown sector',
      (f) => {
        f.sector = 'VILLAGE';
      },
      'UNKNOWN_SECTOR',
      'sector',
      null,
    ],
    [
      'values not an object',
      (f) => {
        Object.assign(f, { values: [] });
      },
      'WRONG_TYPE',
      'values',
      null,
    ],
    [
      'input of no known shape',
      (f) => {
        f.values.ORG_MEETINGS = { numerator: 11 };
      },
      'BAD_INPUT',
      'values.ORG_MEETINGS',
      'ORG_MEETINGS',
    ],
    [
      'unknown top-level field',
      (f) => {
        f.score = 99;
      },
      'UNKNOWN_FIELD',
      'score',
      null,
    ],
    [
      'another framework',
      (f) => {
        f.framework = 'OTHER';
      },
      'FRAMEWORK_MISMATCH',
      'framework',
      null,
    ],
    [
      'another version',
      (f) => {
        f.frameworkVersion = 2;
      },
      'VERSION_MISMATCH',
      'frameworkVersion',
      null,
    ],
    [
      'unknown indicator',
      (f) => {
        f.values.ORG_MEETING = 3;
      },
      'UNKNOWN_INDICATOR',
      'values.ORG_MEETING',
      'ORG_MEETING',
    ],
    [
      'ratio given as a number',
      (f) => {
        f.values.ORG_MEETINGS = 0.9;
      },
      'WRONG_INPUT_SHAPE',
      'values.ORG_MEETINGS',
      'ORG_MEETINGS',
    ],
    [
      'boolean given as text',
      (f) => {
        f.values.ORG_LIFE_MEETINGS = 'yes';
      },
      'WRONG_INPUT_SHAPE',
      'values.ORG_LIFE_MEETINGS',
      'ORG_LIFE_MEETINGS',
    ],
    [
      'checklist given as a count',
      (f) => {
        f.values.INT_RISK_POINTS = 3;
      },
      'WRONG_INPUT_SHAPE',
      'values.INT_RISK_POINTS',
      'INT_RISK_POINTS',
    ],
  ];
  it.each(rows)('refuses %s, naming the field', (_name, breakIt, code, location, indicator) => {
    const file = copy();
    breakIt(file);
    expect(errorsOf(file)).toContainEqual(
      expect.objectContaining({ code, location, ...(indicator ? { indicator } : {}) }),
    );
  });

  it('checks only the schema without a framework', () => {
    const file = copy();
    file.values.ANYTHING = 1;
    expect(parseValuesFile(file).ok).toBe(true);
    expect(errorsOf({ ...file, period: 'Q1' }, false)).toHaveLength(1);
  });

  it('accepts null as a missing value', () => {
    const file = copy();
    file.values.ORG_MEETINGS = null;
    expect(parseValuesFile(file, defaultFramework).ok).toBe(true);
  });
});
