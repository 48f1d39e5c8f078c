/**
 * Precompilation of a framework: every decimal constant and lookup table the rules need, built
 * once per framework object (WeakMap cache), so scoring an assessment does few decimal operations.
 */
import type { Framework, Indicator, Path, Rule, RuleType, Sector } from './types';
import { constant, Dec, maxDec, minDec, ZERO } from './decimal';
import { EXACT_ZERO, exactOfDec, exactOfNumber, INEXACT, times, type Exact } from './exact';
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
  /** The table as exact fractions; `exactBeyond` is INEXACT when a count past it must be computed. */
  exact: Exact[];
  exactBeyond: Exact;
}

export type Calc =
  | {
      type: 'ratio';
      mNum: number;
      target: Dec;
      targetIsOne: boolean;
      memo: Map<number, Dec>;
      exactTarget: Exact;
      exactMemo: Map<number, Exact>;
    }
  | { type: 'count'; target: number; memo: Map<number, Dec>; exactTarget: Exact; exactMemo: Map<number, Exact> }
  | { type: 'shortfall'; required: number; k: Dec; byCount: CountTable }
  | { type: 'threshold_step'; t: number; s: number; tDec: Dec; sDec: Dec; k: Dec; bySteps: CountTable }
  | { type: 'rating'; byLabel: Map<string, { code: string; points: Dec; exact: Exact }> }
  | { type: 'banded'; mins: number[]; points: Dec[]; exactPoints: Exact[] }
  | { type: 'penalty'; k: Dec; byCount: CountTable }
  | {
      type: 'checklist';
      codes: string[];
      deductions: Dec[];
      byMask: Dec[] | null;
      /** byMask as fractions; null (no table) scores with decimals. */
      exactByMask: Exact[] | null;
    }
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
  /** M as an exact fraction (INEXACT when it has more than 6 decimal places). */
  exactM: Exact;
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
  /** num / den as an exact fraction, or INEXACT. */
  fraction: Exact;
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
  exactBonusCap: Exact | null;
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
    const maxPoints = constant(path.maxPoints ?? 100);
    const weight = constant(path.weight);
    const pathOffset = offset;
    offset += indicators.length;
    return {
      path,
      maxPoints,
      weight,
      weightFactor: factor(weight, maxPoints),
      percentFactor: factor(constant(100), maxPoints),
      bonusCap: path.bonusCap === undefined ? null : constant(path.bonusCap),
      exactBonusCap: path.bonusCap === undefined ? null : exactOfNumber(path.bonusCap, true),
      indicators,
      offset: pathOffset,
    };
  });
  return { framework, grades, paths, byCode, scalingBySector: new Map() };
}

export function factor(num: Dec, den: Dec): Factor {
  const quotient = num.div(den);
  // The quotient is exact when multiplying back gives num; then one multiplication replaces two operations.
  const exact = quotient.times(den).eq(num) ? constant(quotient) : null;
  return { num, den, isOne: num.eq(den), exact, products: new WeakMap(), fraction: ratioOf(num, den) };
}

/** num / den of two decimal constants as an exact fraction, or INEXACT. */
export function ratioOf(num: Dec, den: Dec): Exact {
  const n = exactOfDec(num);
  const d = exactOfDec(den);
  if (!n.ok || !d.ok || d.num <= 0) return INEXACT;
  return times(n, d.den, d.num);
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
    exactM: 'maxPoints' in rule ? exactOfDec(m) : EXACT_ZERO,
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
        exactTarget: exactOfNumber(target, true),
        exactMemo: new Map(),
      };
    }
    case 'count':
      if (!(rule.target > 0)) throw new Error(`Indicator ${code}: count target must be > 0`);
      return {
        type: 'count',
        target: rule.target,
        memo: new Map(),
        exactTarget: exactOfNumber(rule.target, true),
        exactMemo: new Map(),
      };
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
      const byLabel = new Map<string, { code: string; points: Dec; exact: Exact }>();
      const entry = (band: (typeof rule.bands)[number]) => {
        const points = constant(band.points);
        return { code: band.code, points, exact: exactOfDec(points) };
      };
      // Names are aliases of the code; a code always wins over another band's name.
      for (const band of rule.bands) {
        for (const label of [band.name.en, band.name.zh]) byLabel.set(label, entry(band));
      }
      for (const band of rule.bands) byLabel.set(band.code, entry(band));
      return { type: 'rating', byLabel };
    }
    case 'banded': {
      const bands = [...rule.bands].sort((a, b) => a.min - b.min);
      const points = bands.map((b) => constant(b.points));
      return { type: 'banded', mins: bands.map((b) => b.min), points, exactPoints: points.map(exactOfDec) };
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
      const exactByMask = byMask && byMask.map(exactOfDec);
      return { type: 'checklist', codes, deductions, byMask, exactByMask };
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
  const exact = table.map(exactOfDec);
  return size <= TABLE_LIMIT
    ? { table, beyond: () => last, exact, exactBeyond: exact[length - 1] }
    : { table, beyond: (count) => pointsFor(count), exact, exactBeyond: INEXACT };
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
