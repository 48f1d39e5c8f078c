/**
 * Validation of entered values against a framework: every problem at once, each naming the
 * indicator. Pure JS checks (no decimals), so the scoring hot path pays little for them.
 */
import type { Framework, IndicatorInput, ScoreOptions, Sector, ValueIssue, ValueMap } from './types';
import { compile, type CompiledFramework, type CompiledIndicator } from './compile';
import { scalingFor } from './scaling';
import { issue, show } from './issues';

export function validateValues(
  framework: Framework,
  values: ValueMap,
  options: ScoreOptions = {},
): ValueIssue[] {
  return collectIssues(compile(framework), values, options.sector);
}

/**
 * Every problem with the values. `inputs`, when given, receives each indicator's value in framework
 * order (paths' `offset`), so scoring does not look every code up in the map a second time.
 */
export function collectIssues(
  compiled: CompiledFramework,
  values: ValueMap,
  sector?: Sector,
  inputs?: IndicatorInput[],
): ValueIssue[] {
  const issues: ValueIssue[] = [];
  if (values === null || typeof values !== 'object' || Array.isArray(values)) {
    issues.push(issue('values', 'WRONG_SHAPE', 'an object of indicator code → value'));
    return issues;
  }
  const scaling = scalingFor(compiled, sector);
  const paths = compiled.paths;
  for (let p = 0; p < paths.length; p++) {
    const indicators = paths[p].indicators;
    const applicable = scaling[p].applicable;
    const offset = paths[p].offset;
    for (let i = 0; i < indicators.length; i++) {
      const ci = indicators[i];
      const input = values[ci.code];
      if (input === null || input === undefined) {
        if (inputs) inputs[offset + i] = null;
        continue;
      }
      if (inputs) inputs[offset + i] = input;
      if (!applicable[i]) issues.push(issue(ci.indicator, 'NOT_APPLICABLE'));
      else checkInput(ci, input, issues);
    }
  }
  for (const code in values) {
    if (!compiled.byCode.has(code)) issues.push(issue(code, 'UNKNOWN_INDICATOR'));
  }
  return issues;
}

function checkInput(ci: CompiledIndicator, input: unknown, issues: ValueIssue[]): void {
  const calc = ci.calc;
  switch (calc.type) {
    case 'ratio':
      return checkRatio(ci, input, issues);
    case 'count':
    case 'banded':
      checkNumber(ci, input, issues, { allowNegative: calc.type === 'banded' });
      return;
    case 'shortfall':
    case 'penalty':
    case 'bonus':
    case 'deduction':
      checkNumber(ci, input, issues, { integer: true });
      return;
    case 'threshold_step':
      if (checkNumber(ci, input, issues) && (input as number) > 1)
        issues.push(issue(ci.indicator, 'RATE_OUT_OF_RANGE', show(input)));
      return;
    case 'rating':
      if (typeof input !== 'string') issues.push(issue(ci.indicator, 'WRONG_SHAPE', 'a band code'));
      else if (!calc.byLabel.has(input)) issues.push(issue(ci.indicator, 'UNKNOWN_BAND', show(input)));
      return;
    case 'checklist':
      return checkChecklist(ci, calc.codes, input, issues);
    case 'boolean':
    case 'veto':
      if (typeof input !== 'boolean') issues.push(issue(ci.indicator, 'NOT_A_BOOLEAN', show(input)));
      return;
  }
}

interface NumberChecks {
  integer?: boolean;
  allowNegative?: boolean;
}

/** True when the value is a usable number; otherwise records why not. */
function checkNumber(
  ci: CompiledIndicator,
  input: unknown,
  issues: ValueIssue[],
  checks: NumberChecks = {},
  field?: string,
): boolean {
  if (typeof input !== 'number') {
    const isObject = typeof input === 'object' && input !== null;
    issues.push(
      isObject
        ? issue(ci.indicator, 'WRONG_SHAPE', 'a number', field)
        : issue(ci.indicator, 'NOT_A_NUMBER', show(input), field),
    );
    return false;
  }
  if (!Number.isFinite(input)) {
    issues.push(issue(ci.indicator, 'NOT_A_NUMBER', String(input), field));
    return false;
  }
  let ok = true;
  if (input < 0 && !checks.allowNegative) {
    issues.push(issue(ci.indicator, 'NEGATIVE', show(input), field));
    ok = false;
  }
  if (checks.integer && !Number.isInteger(input)) {
    issues.push(issue(ci.indicator, 'NOT_AN_INTEGER', show(input), field));
    ok = false;
  }
  return ok;
}

function checkRatio(ci: CompiledIndicator, input: unknown, issues: ValueIssue[]): void {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    issues.push(issue(ci.indicator, 'WRONG_SHAPE', '{ numerator, denominator }'));
    return;
  }
  const { numerator, denominator } = input as Record<string, unknown>;
  const numeratorOk = checkNumber(ci, numerator, issues, {}, 'numerator');
  const denominatorOk = checkNumber(ci, denominator, issues, {}, 'denominator');
  if (!denominatorOk) return;
  if (denominator === 0) issues.push(issue(ci.indicator, 'ZERO_DENOMINATOR', '0', 'denominator'));
  else if (numeratorOk && (numerator as number) > (denominator as number)) {
    issues.push(
      issue(
        ci.indicator,
        'NUMERATOR_GT_DENOMINATOR',
        `${show(numerator)} > ${show(denominator)}`,
        'numerator',
      ),
    );
  }
}

function checkChecklist(ci: CompiledIndicator, codes: string[], input: unknown, issues: ValueIssue[]): void {
  if (!Array.isArray(input)) {
    issues.push(issue(ci.indicator, 'WRONG_SHAPE', 'a list of item codes'));
    return;
  }
  for (let i = 0; i < input.length; i++) {
    const item: unknown = input[i];
    if (typeof item !== 'string')
      issues.push(issue(ci.indicator, 'WRONG_SHAPE', 'item codes (strings)', `items[${i}]`));
    else if (!codes.includes(item))
      issues.push(issue(ci.indicator, 'UNKNOWN_ITEM', show(item), `items[${i}]`));
    else if (input.indexOf(item) < i)
      issues.push(issue(ci.indicator, 'DUPLICATE_ITEM', show(item), `items[${i}]`));
  }
}
