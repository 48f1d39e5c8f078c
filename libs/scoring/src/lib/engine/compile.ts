/**
 * Precompilation of a framework: every decimal constant and lookup table the rules need, built
 * once per framework object (WeakMap cache), so scoring an assessment does few decimal operations.
 */
import type { Framework, Indicator, Path, Rule, RuleType, Sector } from '../types';
import { constant, Dec, maxDec, minDec, ZERO } from './decimal';
import { compileGrades, type CompiledGrades } from './grades';
import type { PathScaling } from './scaling';

export type Category = 'base' | 'bonus' | 'deduction' | 'veto';

/** Integer counts above this use arithmetic instead of a precomputed table. */
const TABLE_LIMIT = 1000;
/** Checklists with at most this many items get a table indexed by the bitmask of present items. */
const CHECKLIST_TABLE_ITEMS = 10;

/** Points for integer counts 0, 1, 2, ...: `table[c]` while c < table.length, else `beyond(c)`. */
export interface CountTable {
  table: Dec[];
  beyond: (count: number) => Dec;
}

export type Calc =
  | { type: 'ratio'; mNum: number; target: Dec; targetIsOne: boolean; memo: Map<number, Dec> }
  | { type: 'count'; target: number; memo: Map<number, Dec> }
  | { type: 'shortfall'; required: number; k: Dec; byCount: CountTable }
  | { type: 'threshold_step'; t: number; s: number; tDec: Dec; sDec: Dec; k: Dec; bySteps: CountTable }
  | { type: 'rating'; byLabel: Map<string, { code: string; points: Dec }> }
  | { type: 'banded'; mins: number[]; points: Dec[] }
  | { type: 'penalty'; k: Dec; byCount: CountTable }
  | { type: 'checklist'; codes: string[]; deductions: Dec[]; byMask: Dec[] | null }
  | { type: 'boolean' }
  | { type: 'bonus'; k: Dec; cap: Dec; byCount: CountTable }
  | { type: 'deduction'; k: Dec; cap: Dec; byCount: CountTable }
  | { type: 'veto'; capGradeIndex: number };

export interface CompiledIndicator {
  indicator: Indicator;
  code: string;
  type: RuleType;
  category: Category;
  /** The rule's M (0 for bonus/deduction/veto). */
  m: Dec;
  calc: Calc;
}

/** A factor num / den; `exact` is the quotient when it has a finite decimal expansion (one multiplication). */
export interface Factor {
  num: Dec;
  den: Dec;
  isOne: boolean;
  exact: Dec | null;
  /** Products with constant points, as constants (their shown values cached). */
  products: WeakMap<Dec, Dec>;
}

export interface CompiledPath {
  path: Path;
  maxPoints: Dec;
  weight: Dec;
  /** weight / maxPoints: points → share of the total. */
  weightFactor: Factor;
  /** 100 / maxPoints: points → percent. */
  percentFactor: Factor;
  bonusCap: Dec | null;
  indicators: CompiledIndicator[];
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
  const paths = framework.paths.map((path): CompiledPath => {
    const indicators = path.indicators.map((indicator) => {
      if (byCode.has(indicator.code))
        throw new Error(`Framework ${framework.code}: duplicate indicator code ${indicator.code}`);
      const compiled = compileIndicator(indicator, grades);
      byCode.set(indicator.code, compiled);
      return compiled;
    });
    const maxPoints = constant(path.maxPoints ?? 100);
    const weight = constant(path.weight);
    return {
      path,
      maxPoints,
      weight,
      weightFactor: factor(weight, maxPoints),
      percentFactor: factor(constant(100), maxPoints),
      bonusCap: path.bonusCap === undefined ? null : constant(path.bonusCap),
      indicators,
    };
  });
  return { framework, grades, paths, byCode, scalingBySector: new Map() };
}

export function factor(num: Dec, den: Dec): Factor {
  const quotient = num.div(den);
  // The quotient is exact when multiplying back gives num; then one multiplication replaces two operations.
  const exact = quotient.times(den).eq(num) ? constant(quotient) : null;
  return { num, den, isOne: num.eq(den), exact, products: new WeakMap() };
}

export function categoryOf(type: RuleType): Category {
  return type === 'bonus' || type === 'deduction' || type === 'veto' ? type : 'base';
}

function compileIndicator(indicator: Indicator, grades: CompiledGrades): CompiledIndicator {
  const rule = indicator.rule;
  const category = categoryOf(rule.type);
  const m = 'maxPoints' in rule ? constant(rule.maxPoints) : ZERO;
  return {
    indicator,
    code: indicator.code,
    type: rule.type,
    category,
    m,
    calc: compileCalc(rule, m, grades, indicator.code),
  };
}

function compileCalc(rule: Rule, m: Dec, grades: CompiledGrades, code: string): Calc {
  switch (rule.type) {
    case 'ratio': {
      const target = rule.target ?? 1;
      if (!(target > 0 && target <= 1)) throw new Error(`Indicator ${code}: ratio target must be in (0, 1]`);
      return {
        type: 'ratio',
        mNum: rule.maxPoints,
        target: constant(target),
        targetIsOne: target === 1,
        memo: new Map(),
      };
    }
    case 'count':
      if (!(rule.target > 0)) throw new Error(`Indicator ${code}: count target must be > 0`);
      return { type: 'count', target: rule.target, memo: new Map() };
    case 'shortfall': {
      const k = constant(rule.deduction);
      const pointsFor = (c: number) => maxDec(ZERO, m.minus(k.times(Math.max(0, rule.required - c))));
      return {
        type: 'shortfall',
        required: rule.required,
        k,
        byCount: countTable(pointsFor, Math.ceil(rule.required) + 1),
      };
    }
    case 'threshold_step': {
      if (!(rule.step > 0)) throw new Error(`Indicator ${code}: threshold_step step must be > 0`);
      const k = constant(rule.deduction);
      const pointsFor = (steps: number) => maxDec(ZERO, m.minus(k.times(steps)));
      const maxSteps = Math.ceil(rule.threshold / rule.step) + 1;
      return {
        type: 'threshold_step',
        t: rule.threshold,
        s: rule.step,
        tDec: constant(rule.threshold),
        sDec: constant(rule.step),
        k,
        bySteps: countTable(pointsFor, maxSteps + 1),
      };
    }
    case 'rating': {
      const byLabel = new Map<string, { code: string; points: Dec }>();
      // Names are aliases of the code; a code always wins over another band's name.
      for (const band of rule.bands) {
        for (const label of [band.name.en, band.name.zh])
          byLabel.set(label, { code: band.code, points: constant(band.points) });
      }
      for (const band of rule.bands)
        byLabel.set(band.code, { code: band.code, points: constant(band.points) });
      return { type: 'rating', byLabel };
    }
    case 'banded': {
      const bands = [...rule.bands].sort((a, b) => a.min - b.min);
      return { type: 'banded', mins: bands.map((b) => b.min), points: bands.map((b) => constant(b.points)) };
    }
    case 'penalty': {
      const k = constant(rule.deduction);
      const pointsFor = (c: number) => maxDec(ZERO, m.minus(k.times(c)));
      return { type: 'penalty', k, byCount: countTable(pointsFor, exhaustingCount(m, k)) };
    }
    case 'checklist': {
      const deductions = rule.items.map((item) => constant(item.deduction ?? rule.deduction));
      const codes = rule.items.map((item) => item.code);
      const byMask = codes.length <= CHECKLIST_TABLE_ITEMS ? checklistTable(m, deductions) : null;
      return { type: 'checklist', codes, deductions, byMask };
    }
    case 'boolean':
      return { type: 'boolean' };
    case 'bonus':
    case 'deduction': {
      const k = constant(rule.points);
      const cap = constant(rule.cap);
      const pointsFor = (c: number) => minDec(cap, k.times(c));
      return { type: rule.type, k, cap, byCount: countTable(pointsFor, exhaustingCount(cap, k)) };
    }
    case 'veto': {
      const capGradeIndex = rule.capGrade === undefined ? grades.lowestIndex : grades.indexOf(rule.capGrade);
      if (capGradeIndex < 0) throw new Error(`Indicator ${code}: unknown capGrade ${rule.capGrade}`);
      return { type: 'veto', capGradeIndex };
    }
  }
}

/** The count at which `k × c` reaches `limit` (plus one entry), bounded for the table size. */
function exhaustingCount(limit: Dec, k: Dec): number {
  if (k.isZero()) return 1;
  return Math.min(TABLE_LIMIT, limit.div(k).ceil().toNumber() + 1);
}

/**
 * `size` is the count from which the rule's points no longer change (shortfall reaches M, penalty
 * and bonus reach 0 or the cap). Past a full table the last entry holds; past a truncated one, compute.
 */
export function countTable(pointsFor: (count: number) => Dec, size: number): CountTable {
  const length = Math.max(1, Math.min(TABLE_LIMIT, size));
  const table = Array.from({ length }, (_, c) => constant(pointsFor(c)));
  const last = table[length - 1];
  return { table, beyond: size <= TABLE_LIMIT ? () => last : (count) => pointsFor(count) };
}

function checklistTable(m: Dec, deductions: Dec[]): Dec[] {
  const size = 1 << deductions.length;
  const table: Dec[] = new Array(size);
  for (let mask = 0; mask < size; mask++) {
    let missing = ZERO;
    deductions.forEach((d, i) => {
      if ((mask & (1 << i)) === 0) missing = missing.plus(d);
    });
    table[mask] = constant(maxDec(ZERO, m.minus(missing)));
  }
  return table;
}
