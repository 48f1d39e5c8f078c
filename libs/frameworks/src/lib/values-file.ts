import {
  ruleInput,
  type Framework,
  type IndicatorInput,
  type InputKind,
  type Rule,
  type Sector,
  type ValueMap,
} from '@pathboard/scoring';
import { FrameworkIssue, makeIssue } from './issues';
import { issuesFromSchemaErrors } from './schema-issues';
import { validateValuesShape } from './schemas';

/** One branch's inputs for one period (schema/values.schema.json). */
export interface ValuesFile {
  framework: string;
  frameworkVersion: number;
  branch: string;
  /** A quarter, e.g. `2026Q1`. */
  period: string;
  sector: Sector;
  values: ValueMap;
}

export type ValuesFileParse = { ok: true; file: ValuesFile } | { ok: false; errors: FrameworkIssue[] };

/**
 * Checks a parsed values file against the schema and, when the framework is given, that it is the
 * file's framework and version, that every key is one of its indicators, and that each input has
 * the shape its rule takes. Whether the numbers make sense (n ≤ d, no negative counts, known band)
 * is the engine's `validateValues`, so the two never disagree about a value.
 */
export function parseValuesFile(input: unknown, framework?: Framework): ValuesFileParse {
  const validate = validateValuesShape;
  if (!validate(input)) return { ok: false, errors: issuesFromSchemaErrors(input, validate.errors ?? []) };
  const file = input as ValuesFile;
  const errors = framework ? frameworkIssues(file, framework) : [];
  return errors.length > 0 ? { ok: false, errors } : { ok: true, file };
}

function frameworkIssues(file: ValuesFile, framework: Framework): FrameworkIssue[] {
  const errors: FrameworkIssue[] = [];
  if (file.framework !== framework.code) {
    errors.push(
      makeIssue(['framework'], {}, 'FRAMEWORK_MISMATCH', {
        zh: `数据文件属于方案 ${file.framework}，而所用方案是 ${framework.code}`,
        en: `the values are for framework ${file.framework}, but the framework given is ${framework.code}`,
      }),
    );
  } else if (file.frameworkVersion !== framework.version) {
    errors.push(
      makeIssue(['frameworkVersion'], {}, 'VERSION_MISMATCH', {
        zh: `数据文件属于第 ${file.frameworkVersion} 版，而所用方案是第 ${framework.version} 版`,
        en: `the values are for version ${file.frameworkVersion}, but the framework given is version ${framework.version}`,
      }),
    );
  }
  const rules = new Map<string, Rule>();
  for (const path of framework.paths)
    for (const indicator of path.indicators) rules.set(indicator.code, indicator.rule);

  for (const [code, value] of Object.entries(file.values)) {
    const rule = rules.get(code);
    const at = ['values', code];
    if (!rule) {
      errors.push(
        makeIssue(at, { indicator: code }, 'UNKNOWN_INDICATOR', {
          zh: `方案 ${framework.code} 中没有这个指标`,
          en: `framework ${framework.code} has no such indicator`,
        }),
      );
    } else if (value !== null && value !== undefined && !hasShape(rule, value)) {
      const [zh, en] = SHAPE_WORDS[expectedShape(rule)];
      errors.push(
        makeIssue(at, { indicator: code }, 'WRONG_INPUT_SHAPE', {
          zh: `${rule.type} 规则的值应为${zh}`,
          en: `a ${rule.type} rule takes ${en}`,
        }),
      );
    }
  }
  return errors;
}

type Shape = 'ratio' | 'number' | 'code' | 'codes' | 'yesNo';

const SHAPE_WORDS: Record<Shape, [string, string]> = {
  ratio: [' {"numerator": 分子, "denominator": 分母}', '{"numerator": n, "denominator": d}'],
  number: ['数字', 'a number'],
  code: ['档次编码，如 "GOOD"', 'a band code such as "GOOD"'],
  codes: ['已具备项目的编码列表，如 ["SCREENING"]', 'the list of item codes present, e.g. ["SCREENING"]'],
  yesNo: [' true（是）或 false（否）', 'true (yes) or false (no)'],
};

/** The JSON shape of the rule's input kind (its module in the scoring registry). */
function expectedShape(rule: Rule): Shape {
  return SHAPE_OF_KIND[ruleInput(rule).kind];
}

const SHAPE_OF_KIND: Record<InputKind, Shape> = {
  fraction: 'ratio',
  band: 'code',
  checklist: 'codes',
  yesNo: 'yesNo',
  count: 'number',
  percent: 'number',
  number: 'number',
};

function hasShape(rule: Rule, value: Exclude<IndicatorInput, null>): boolean {
  switch (expectedShape(rule)) {
    case 'ratio':
      return typeof value === 'object' && !Array.isArray(value);
    case 'code':
      return typeof value === 'string';
    case 'codes':
      return Array.isArray(value);
    case 'yesNo':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number';
  }
}
