/**
 * Validation of entered values against a framework: every problem at once, each naming the
 * indicator. Each rule's module checks its own input (rules/shared.ts has the common checks).
 */
import type { Framework, IndicatorInput, ScoreOptions, Sector, ValueIssue, ValueMap } from '../types';
import { compile, type CompiledFramework, type CompiledIndicator } from './compile';
import { scalingFor } from './scaling';
import { issue } from './issues';

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

/** The rule's module checks the value; issues.ts words each problem, naming the indicator. */
function checkInput(ci: CompiledIndicator, input: unknown, issues: ValueIssue[]): void {
  ci.module.validate(input, ci.calc, (code, detail = '', field) =>
    issues.push(issue(ci.indicator, code, detail, field)),
  );
}
