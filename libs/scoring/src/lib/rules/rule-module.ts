/**
 * What a scoring rule is (docs/domain.md, "Rules"): one module per rule type, registered in
 * registry.ts. The engine, the framework validator and schema, the web form, the import template
 * and parser, the seeder and the benchmark all read a rule through this interface, so a new rule is
 * one new file and one registry line.
 */
import type { Fraction } from '../engine/fraction';
import type { CompiledGrades } from '../engine/grades';
import type { IssueCode } from '../engine/issues';
import type { GradeRef, IndicatorInput, LocalizedText } from '../types';

/** How an indicator counts in its path: base points (rescaled), capped bonus, deduction, or veto. */
export type RuleRole = 'base' | 'bonus' | 'deduction' | 'veto';

/**
 * What a person enters: `fraction` two counts (done / required); `count` a number of occurrences
 * or hours; `percent` a rate in [0, 1], typed as a percent; `number` any number; `band` one band
 * code; `checklist` the item codes present; `yesNo` true or false.
 */
export type InputKind = 'fraction' | 'count' | 'percent' | 'number' | 'band' | 'checklist' | 'yesNo';

export interface ChoiceOption {
  value: string;
  label: LocalizedText;
}

export interface InputSpec {
  kind: InputKind;
  /** Whole numbers only (occurrence counts); hours and people-averages may have decimals. */
  integer: boolean;
  /** Bounds of the engine's input (a rate's are 0 and 1, not percents). */
  min?: number;
  max?: number;
  unit?: LocalizedText;
  /** Band or checklist options, in the framework's order. */
  options?: ChoiceOption[];
}

/** A problem with a rule's parameters that its JSON Schema cannot express (order, sums, references). */
export interface RuleProblem {
  /** Path below the rule, e.g. `['bands', 2, 'min']`. */
  at: (string | number)[];
  code: string;
  message: LocalizedText;
}

export interface CheckContext {
  gradeCodes: readonly string[];
}

export interface CompileContext {
  code: string;
  /** The rule's M as a fraction (0 for rules without maxPoints). */
  m: Fraction;
  grades: CompiledGrades;
}

/** Records one problem of an entered value (issues.ts words it, naming the indicator). */
export type Fail = (code: IssueCode, detail?: string, field?: string) => void;

export interface ExplainContext {
  m: Fraction;
  /** Bonus: what the path's bonus cap left of it. */
  counted: Fraction;
  /** Veto: the grade a triggered veto caps at. */
  capGrade?: GradeRef;
}

/** A JSON Schema fragment (draft 2020-12), kept as plain data. */
export type JsonSchema = Record<string, unknown>;

export interface RuleModule<R extends { type: string } = { type: string }, C = unknown> {
  type: R['type'];
  role: RuleRole;
  /**
   * A complete rule of this type with plausible parameters: what a new indicator starts from in
   * the framework editor (it passes the rule's own checks).
   */
  defaults: R;
  /** The rule's name for people, e.g. 每少一次扣分 / shortfall. */
  name: LocalizedText;
  /**
   * The points in one line, in Chinese for office staff (the framework view) and in English with
   * the parameters' own names (both in the schema's description, for whoever edits the JSON).
   */
  formula: LocalizedText;
  /** JSON Schema of the parameters besides `type`. */
  params: { properties: Record<string, JsonSchema>; required: string[] };
  /** Parameter checks beyond the schema; the framework validator reports them. */
  check(rule: R, ctx: CheckContext): RuleProblem[];
  /** What the person enters for this rule. */
  input(rule: R): InputSpec;
  /** The most the indicator can earn, for hints: M; a bonus or deduction its cap; a veto 0. */
  maxPoints(rule: R): number;
  /** Compiles the rule once per framework: constants and lookup tables for `points`. */
  compile(rule: R, ctx: CompileContext): C;
  /** Problems of an entered value (never null). */
  validate(input: unknown, calc: C, fail: Fail): void;
  /**
   * Points by the rule as written, for a valid input: base points before rescaling, a bonus before
   * the path's cap, a deduction as a positive amount, a veto 0.
   */
  points(calc: C, input: NonNullable<IndicatorInput>, m: Fraction): Fraction;
  /** Veto: the index of the grade a triggered veto caps at, else −1. */
  vetoCap?(calc: C, input: NonNullable<IndicatorInput>): number;
  /**
   * Why, in zh and en. A base rule says what the input was (the engine adds "得 x/M 分" and any
   * rescaling); a bonus, deduction or veto says everything.
   */
  explain(calc: C, input: NonNullable<IndicatorInput>, raw: Fraction, ctx: ExplainContext): LocalizedText;
  /** The input in words for a table cell; absent: the value as text. */
  describeInput?(rule: R, input: NonNullable<IndicatorInput>): LocalizedText | null;
  /**
   * A plausible input for a branch of `quality` in [0, 1] (higher: nearer full marks), for the demo
   * seeder and the benchmark. `random` is uniform in [0, 1).
   */
  sample(rule: R, quality: number, random: () => number): IndicatorInput;
}

/** Declares a rule module with its rule and compiled types checked. */
export function defineRule<R extends { type: string }, C>(module: RuleModule<R, C>): RuleModule<R, C> {
  return module;
}
