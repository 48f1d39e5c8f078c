/**
 * The rule registry: every scoring rule the engine knows, one module each (docs/domain.md,
 * "Rules"). The engine, the framework validator and its JSON Schema, the web form, the import
 * template and parser, the demo seeder and the benchmark read rules only through this table.
 * Adding a rule: its module (with tests) and one line here.
 */
import type { IndicatorInput } from '../types';
import { banded } from './banded';
import { bonus } from './bonus';
import { boolean } from './boolean';
import { checklist } from './checklist';
import { count } from './count';
import { deduction } from './deduction';
import { penalty } from './penalty';
import { rating } from './rating';
import { ratio } from './ratio';
import { ratioFloor } from './ratio-floor';
import type { InputSpec, RuleModule, RuleRole } from './rule-module';
import { shortfall } from './shortfall';
import { thresholdStep } from './threshold-step';
import { veto } from './veto';

export const RULES = [
  ratio,
  count,
  shortfall,
  thresholdStep,
  rating,
  banded,
  penalty,
  checklist,
  boolean,
  bonus,
  deduction,
  veto,
  ratioFloor,
] as const;

type RuleOf<M> = M extends RuleModule<infer R, infer _C> ? R : never;

/** A rule as written in a framework: the union of every registered module's rule. */
export type Rule = RuleOf<(typeof RULES)[number]>;
export type RuleType = Rule['type'];

export const RULE_TYPES = RULES.map((module) => module.type) as readonly RuleType[];

const byType = new Map<string, RuleModule<Rule, unknown>>(
  RULES.map((module) => [module.type, module as unknown as RuleModule<Rule, unknown>]),
);

/** The module of a rule type; throws for a type the registry does not know. */
export function ruleModule(type: string): RuleModule<Rule, unknown> {
  const module = byType.get(type);
  if (!module) throw new Error(`Unknown rule type ${type}`);
  return module;
}

export function isRuleType(type: unknown): type is RuleType {
  // The keys are strings: anything else is simply not found.
  return byType.has(type as string);
}

/**
 * A new rule of `type` with the module's default parameters (a fresh copy each call). Rules are plain
 * JSON (the framework file's form), so a JSON round trip copies them wholly and runs wherever the
 * library does, without relying on a host's structuredClone.
 */
export function defaultRule(type: RuleType): Rule {
  return JSON.parse(JSON.stringify(ruleModule(type).defaults)) as Rule;
}

/** How the rule's indicator counts in its path. */
export function ruleRole(rule: Rule): RuleRole {
  return ruleModule(rule.type).role;
}

/** What a person enters for the rule. */
export function ruleInput(rule: Rule): InputSpec {
  return ruleModule(rule.type).input(rule);
}

/** The most the indicator can earn (bonus, deduction: the cap; veto: 0). */
export function ruleMaxPoints(rule: Rule): number {
  return ruleModule(rule.type).maxPoints(rule);
}

/** A plausible input for a branch of `quality` in [0, 1], for the seeder and the benchmark. */
export function sampleInput(rule: Rule, quality: number, random: () => number): IndicatorInput {
  return ruleModule(rule.type).sample(rule, quality, random);
}
