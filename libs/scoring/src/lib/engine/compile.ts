/**
 * Precompilation of a framework: every constant and lookup table the rules need, built once per
 * framework object (WeakMap cache) by each rule's module (rules/registry.ts).
 */
import { ruleModule, type Rule } from '../rules/registry';
import type { RuleModule, RuleRole } from '../rules/rule-module';
import type { Framework, Indicator, Path, RuleType, Sector } from '../types';
import { divide, fromNumber, frac, Fraction, ZERO } from './fraction';
import { compileGrades, type CompiledGrades } from './grades';
import type { PathScaling } from './scaling';

export interface CompiledIndicator {
  indicator: Indicator;
  code: string;
  type: RuleType;
  role: RuleRole;
  module: RuleModule<Rule, unknown>;
  /** The rule's M (0 for bonus/deduction/veto). */
  m: Fraction;
  /** What the rule's module compiled. */
  calc: unknown;
}

export interface CompiledPath {
  path: Path;
  /** weight / maxPoints: points → share of the total. */
  weightFactor: Fraction;
  /** 100 / maxPoints: points → percent. */
  percentFactor: Fraction;
  bonusCap: Fraction | null;
  indicators: CompiledIndicator[];
  /** Position of the path's first indicator among all the framework's indicators. */
  offset: number;
}

export interface CompiledFramework {
  framework: Framework;
  grades: CompiledGrades;
  paths: CompiledPath[];
  byCode: Map<string, CompiledIndicator>;
  /** Filled by scalingFor. */
  scalingBySector: Map<Sector | 'ALL', PathScaling[]>;
}

const cache = new WeakMap<Framework, CompiledFramework>();

/** The compiled form of a framework; frameworks are immutable once used, so the cache never goes stale. */
export function compile(framework: Framework): CompiledFramework {
  let compiled = cache.get(framework);
  if (!compiled) {
    compiled = compileFramework(framework);
    cache.set(framework, compiled);
  }
  return compiled;
}

function compileFramework(framework: Framework): CompiledFramework {
  const grades = compileGrades(framework);
  const byCode = new Map<string, CompiledIndicator>();
  let offset = 0;
  const paths = framework.paths.map((path): CompiledPath => {
    const indicators = path.indicators.map((indicator) => {
      if (byCode.has(indicator.code))
        throw new Error(`Framework ${framework.code}: duplicate indicator code ${indicator.code}`);
      const compiled = compileIndicator(indicator, grades);
      byCode.set(indicator.code, compiled);
      return compiled;
    });
    const maxPoints = fromNumber(path.maxPoints ?? 100, true);
    const pathOffset = offset;
    offset += indicators.length;
    return {
      path,
      weightFactor: ratioOf(fromNumber(path.weight), maxPoints),
      percentFactor: ratioOf(frac(100, 1), maxPoints),
      bonusCap: path.bonusCap === undefined ? null : fromNumber(path.bonusCap, true),
      indicators,
      offset: pathOffset,
    };
  });
  return { framework, grades, paths, byCode, scalingBySector: new Map() };
}

/** a / b as a fixed fraction (b > 0). */
export function ratioOf(a: Fraction, b: Fraction): Fraction {
  return divide(a, b).asFixed();
}

export function compileIndicator(indicator: Indicator, grades: CompiledGrades): CompiledIndicator {
  const rule = indicator.rule;
  const module = ruleModule(rule.type);
  const m = 'maxPoints' in rule ? fromNumber(rule.maxPoints, true) : ZERO;
  return {
    indicator,
    code: indicator.code,
    type: rule.type,
    role: module.role,
    module,
    m,
    calc: module.compile(rule, { code: indicator.code, m, grades }),
  };
}
