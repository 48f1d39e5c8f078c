/**
 * A framework's annual rules with their defaults filled in, compiled once per framework: the annual
 * grade list and the annual-only indicators, each compiled by its rule's module (rules/registry.ts).
 */
import { compile, compileIndicator, type CompiledIndicator } from '../engine/compile';
import { fromNumber, type Fraction } from '../engine/fraction';
import { compileGrades, type CompiledGrades } from '../engine/grades';
import type { Framework } from '../types';
import type { AnnualRules, MissingQuarterPolicy, QuarterCombination } from './annual-types';

/**
 * The year of a framework without an `annual` section: the mean of the quarters' official totals
 * (DOMAIN.md: "most common"), a quarter without an approved assessment left out, the framework's
 * grades, and a quarter's veto capping the year (DOMAIN.md: "usually yes").
 */
export const ANNUAL_DEFAULTS = {
  combine: { method: 'mean' } as QuarterCombination,
  missingQuarter: 'exclude' as MissingQuarterPolicy,
  quarterVetoesCap: true,
};

export interface CompiledAnnual {
  rules: AnnualRules;
  combine: QuarterCombination;
  missingQuarter: MissingQuarterPolicy;
  quarterVetoesCap: boolean;
  grades: CompiledGrades;
  /** The grade index a quarter's veto caps at, given that veto's own (quarterly) cap grade code. */
  quarterVetoCapIndex(quarterCapGrade: string): number;
  indicators: CompiledIndicator[];
  bonusCap: Fraction | null;
}

const cache = new WeakMap<Framework, CompiledAnnual>();

export function compileAnnual(framework: Framework): CompiledAnnual {
  let compiled = cache.get(framework);
  if (!compiled) {
    compiled = compileAnnualRules(framework);
    cache.set(framework, compiled);
  }
  return compiled;
}

function compileAnnualRules(framework: Framework): CompiledAnnual {
  const rules: AnnualRules = framework.annual ?? { combine: ANNUAL_DEFAULTS.combine };
  const grades = compileGrades({ ...framework, grades: rules.grades ?? framework.grades });
  const fixedCap = rules.quarterVetoCapGrade === undefined ? -1 : grades.indexOf(rules.quarterVetoCapGrade);
  if (rules.quarterVetoCapGrade !== undefined && fixedCap < 0)
    throw new Error(
      `Framework ${framework.code}: unknown annual quarterVetoCapGrade ${rules.quarterVetoCapGrade}`,
    );

  const quarterly = compile(framework).byCode;
  const seen = new Set<string>();
  const indicators = (rules.indicators ?? []).map((indicator) => {
    if (quarterly.has(indicator.code) || seen.has(indicator.code))
      throw new Error(`Framework ${framework.code}: duplicate indicator code ${indicator.code}`);
    seen.add(indicator.code);
    const ci = compileIndicator(indicator, grades);
    // The year has no base of its own to rescale into (no year-end review yet).
    if (ci.role === 'base')
      throw new Error(
        `Framework ${framework.code}: annual indicator ${indicator.code} has a base rule (${ci.type})`,
      );
    return ci;
  });

  return {
    rules,
    combine: rules.combine,
    missingQuarter: rules.missingQuarter ?? ANNUAL_DEFAULTS.missingQuarter,
    quarterVetoesCap: rules.quarterVetoesCap ?? ANNUAL_DEFAULTS.quarterVetoesCap,
    grades,
    quarterVetoCapIndex(code) {
      if (fixedCap >= 0) return fixedCap;
      const same = grades.indexOf(code);
      return same >= 0 ? same : grades.lowestIndex;
    },
    indicators,
    bonusCap: rules.bonusCap === undefined ? null : fromNumber(rules.bonusCap, true),
  };
}
