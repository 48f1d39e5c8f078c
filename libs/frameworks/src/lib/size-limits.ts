import type { FrameworkIssue, Segment } from './issues';
import { makeIssue, ownerOf } from './issues';
import { frameworkSchema } from './schemas';

const defs = frameworkSchema.$defs;

/**
 * The list caps, read from schema/framework.schema.json (`maxItems`) so the schema an editor checks
 * against and this pre-check cannot disagree.
 */
export const FRAMEWORK_LIMITS = {
  grades: frameworkSchema.properties.grades.maxItems,
  paths: frameworkSchema.properties.paths.maxItems,
  indicators: defs.path.properties.indicators.maxItems,
  bands: defs.ratingRule.properties.bands.maxItems,
  items: defs.checklistRule.properties.items.maxItems,
  source: defs.indicator.properties.source.maxItems,
  sectors: defs.indicator.properties.sectors.maxItems,
  annualGrades: defs.annual.properties.grades.maxItems,
  annualIndicators: defs.annual.properties.indicators.maxItems,
  validationRules: defs.dataChecks.properties.validationRules.maxItems,
  terms: defs.checkExpression.properties.terms.maxItems,
} as const;

/**
 * At most this many JSON values (objects, arrays, strings, numbers…) in a whole framework file. The
 * default framework has about 560; the list caps alone would allow far more. Ajv, with every error
 * collected, takes time quadratic in the number of errors (it copies its error list on each failing
 * `$ref`), so it must only ever see a bounded input: this count is what bounds it.
 */
export const MAX_FRAMEWORK_VALUES = 20_000;

const WHAT: Record<keyof typeof FRAMEWORK_LIMITS, [string, string]> = {
  grades: ['等次', 'grades'],
  paths: ['路径', 'paths'],
  indicators: ['指标', 'indicators'],
  bands: ['档次', 'bands'],
  items: ['清单项', 'checklist items'],
  source: ['来源编号', 'source numbers'],
  sectors: ['领域', 'sectors'],
  annualGrades: ['年度等次', 'annual grades'],
  annualIndicators: ['年度指标', 'annual indicators'],
  validationRules: ['校验规则', 'validation rules'],
  terms: ['表达式项', 'expression terms'],
};

/**
 * The size check that runs BEFORE the schema: one pass over the input, stopping as soon as the value
 * count passes MAX_FRAMEWORK_VALUES, and list lengths compared with the caps without looking inside an
 * oversized list. So a 40,000-grade file costs one length comparison, not 40,000 validations.
 * Returns the issues (empty when the sizes are fine).
 */
export function sizeIssues(input: unknown): FrameworkIssue[] {
  const issues: FrameworkIssue[] = [];
  const overList = (list: unknown, at: Segment[], key: keyof typeof FRAMEWORK_LIMITS): boolean => {
    if (!Array.isArray(list) || list.length <= FRAMEWORK_LIMITS[key]) return false;
    const [zh, en] = WHAT[key];
    const limit = FRAMEWORK_LIMITS[key];
    issues.push(
      makeIssue(at, ownerOf(input, at), 'TOO_MANY_ITEMS', {
        zh: `${zh}最多 ${limit} 个，这里有 ${list.length} 个`,
        en: `at most ${limit} ${en} allowed, found ${list.length}`,
      }),
    );
    return true;
  };
  const indicatorLists = (indicator: unknown, at: Segment[]): void => {
    const fields = (indicator ?? {}) as Record<string, unknown>;
    overList(fields['source'], [...at, 'source'], 'source');
    overList(fields['sectors'], [...at, 'sectors'], 'sectors');
    const rule = (fields['rule'] ?? {}) as Record<string, unknown>;
    overList(rule['bands'], [...at, 'rule', 'bands'], 'bands');
    overList(rule['items'], [...at, 'rule', 'items'], 'items');
  };
  const root = input as Record<string, unknown> | null;
  if (root === null || typeof root !== 'object') return issues;
  overList(root['grades'], ['grades'], 'grades');
  if (!overList(root['paths'], ['paths'], 'paths') && Array.isArray(root['paths'])) {
    root['paths'].forEach((path: unknown, p) => {
      const indicators = (path as Record<string, unknown> | null)?.['indicators'];
      if (overList(indicators, ['paths', p, 'indicators'], 'indicators') || !Array.isArray(indicators))
        return;
      indicators.forEach((indicator: unknown, i) => indicatorLists(indicator, ['paths', p, 'indicators', i]));
    });
  }
  const annual = root['annual'] as Record<string, unknown> | null | undefined;
  if (annual !== null && typeof annual === 'object') {
    overList(annual['grades'], ['annual', 'grades'], 'annualGrades');
    const indicators = annual['indicators'];
    if (!overList(indicators, ['annual', 'indicators'], 'annualIndicators') && Array.isArray(indicators))
      indicators.forEach((indicator: unknown, i) => indicatorLists(indicator, ['annual', 'indicators', i]));
  }
  overValidationRules(root['checks'], overList);
  if (issues.length === 0 && countValues(input, MAX_FRAMEWORK_VALUES) > MAX_FRAMEWORK_VALUES) {
    issues.push(
      makeIssue([], {}, 'FRAMEWORK_TOO_LARGE', {
        zh: `方案文件过大：最多 ${MAX_FRAMEWORK_VALUES} 个值（字段、数字、文本等）`,
        en: `the framework is too large: at most ${MAX_FRAMEWORK_VALUES} values (fields, numbers, texts…) allowed`,
      }),
    );
  }
  return issues;
}

/** The validation rules and their sides' terms, each list checked before the schema looks inside. */
function overValidationRules(
  checks: unknown,
  overList: (list: unknown, at: Segment[], key: keyof typeof FRAMEWORK_LIMITS) => boolean,
): void {
  const rules = (checks as Record<string, unknown> | null)?.['validationRules'];
  const at: Segment[] = ['checks', 'validationRules'];
  if (overList(rules, at, 'validationRules') || !Array.isArray(rules)) return;
  rules.forEach((rule: unknown, r) => {
    for (const side of ['left', 'right']) {
      const expression = (rule as Record<string, unknown> | null)?.[side];
      const terms = (expression as Record<string, unknown> | null)?.['terms'];
      overList(terms, [...at, r, side, 'terms'], 'terms');
    }
  });
}

/** How many JSON values `input` holds, counting no further than `stopAbove` + 1. Iterative: no deep recursion. */
export function countValues(input: unknown, stopAbove: number): number {
  let count = 0;
  const stack: unknown[] = [input];
  while (stack.length > 0 && count <= stopAbove) {
    const value = stack.pop();
    count++;
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
    } else {
      for (const key in value)
        if (Object.prototype.hasOwnProperty.call(value, key))
          stack.push((value as Record<string, unknown>)[key]);
    }
  }
  return count;
}
