// The engine before issue 12 (two scorers: exact fractions with a decimal fallback), kept only for
// engine-equivalence.spec.ts until the new engine has been shown to agree with it; then removed.
/**
 * scoreAssessment: validate, then score every path by DOMAIN.md's rules, exactly: in safe-integer
 * fractions (exact-path.ts), or in decimals when a path would overflow them (scorePath below).
 * Totals are built from unrounded figures; only the result's numbers are rounded (half up, 2 places).
 */
import type {
  Framework,
  GradeRef,
  IndicatorInput,
  IndicatorScore,
  PathScore,
  ScoreOptions,
  ScoreResult,
  ValueMap,
} from './types';
import {
  compile,
  type CompiledFramework,
  type CompiledIndicator,
  type CompiledPath,
  type Factor,
} from './compile';
import { scalingFor, type PathScaling } from './scaling';
import { ExactSum } from './exact-sum';
import { constant, Dec, isConstant, maxDec, minDec, round2, shown, ZERO } from './decimal';
import { explainIndicator, MISSING_REASON, NO_REASON, NOT_APPLICABLE_REASON } from './explain';
import { gradeIndexForShownTotal } from './grades';
import { ValueValidationError } from './issues';
import { rawPoints } from './rules';
import { Exact, EXACT_ZERO, INEXACT, plus, toDec } from './exact';
import { scorePathExact } from './exact-path';
import { collectIssues } from './validate';

/** Score one assessment. Throws ValueValidationError listing every invalid value; never a partial result. */
export function scoreAssessment(
  framework: Framework,
  values: ValueMap,
  options: ScoreOptions = {},
): ScoreResult {
  const compiled = compile(framework);
  const inputs: IndicatorInput[] = new Array(compiled.byCode.size);
  const issues = collectIssues(compiled, values, options.sector, inputs);
  if (issues.length > 0) throw new ValueValidationError(issues);
  return scoreValidValues(compiled, values, options, inputs);
}

/** The grade a total earns before any veto, comparing the total rounded half up to 2 places. */
export function gradeForTotal(framework: Framework, total: number): GradeRef {
  const grades = compile(framework).grades;
  return grades.refs[gradeIndexForShownTotal(grades, round2(total))];
}

/** Mutable tallies across paths. */
export interface Tally {
  explain: boolean;
  answered: number;
  applicable: number;
  missing: string[];
  /** Grade indexes the triggered vetoes cap at, with the veto. */
  vetoes: { ci: CompiledIndicator; capIndex: number }[];
}

/**
 * The decimal path alone (no exact fractions), for tests that compare the two. The figures agree
 * except where an exact x.xx5 comes out x.xx4999… in 40-digit decimals (see exact.spec.ts).
 */
export function scoreWithDecimals(framework: Framework, values: ValueMap, options: ScoreOptions = {}): ScoreResult {
  const compiled = compile(framework);
  const issues = collectIssues(compiled, values, options.sector);
  if (issues.length > 0) throw new ValueValidationError(issues);
  return scoreValidValues(compiled, values, options, null);
}

function scoreValidValues(
  compiled: CompiledFramework,
  values: ValueMap,
  options: ScoreOptions,
  inputs: IndicatorInput[] | null,
): ScoreResult {
  const scaling = scalingFor(compiled, options.sector);
  const tally: Tally = {
    explain: options.explain !== false,
    answered: 0,
    applicable: 0,
    missing: [],
    vetoes: [],
  };
  // Paths are scored in exact fractions; one that would leave safe integers falls back to decimals.
  const paths: PathScore[] = new Array(compiled.paths.length);
  const weights: (Exact | Dec)[] = new Array(compiled.paths.length);
  let exactTotal: Exact = EXACT_ZERO;
  for (let p = 0; p < compiled.paths.length; p++) {
    const cp = compiled.paths[p];
    const fast = inputs ? scoreExactly(compiled, cp, scaling[p], inputs, tally) : null;
    const { score, weighted } = fast ?? scorePath(compiled, cp, scaling[p], values, tally);
    paths[p] = score;
    weights[p] = weighted;
    exactTotal = weighted instanceof Exact ? plus(exactTotal, weighted) : INEXACT;
  }
  const shownTotal = exactTotal.ok ? exactTotal.shown : shown(decimalSum(weights));

  const grades = compiled.grades;
  const uncappedIndex = gradeIndexForShownTotal(grades, shownTotal);
  // A veto caps the grade: the result is never better (lower index) than any triggered cap.
  let gradeIndex = uncappedIndex;
  for (const veto of tally.vetoes) gradeIndex = Math.max(gradeIndex, veto.capIndex);

  const framework = compiled.framework;
  return {
    frameworkCode: framework.code,
    frameworkVersion: framework.version,
    total: shownTotal,
    grade: grades.refs[gradeIndex],
    uncappedGrade: grades.refs[uncappedIndex],
    vetoes: tally.vetoes.map(({ ci, capIndex }) => ({
      code: ci.code,
      name: ci.indicator.name,
      capGrade: grades.refs[capIndex],
    })),
    completeness: {
      answered: tally.answered,
      applicable: tally.applicable,
      // Nothing to answer counts as complete.
      ratio: tally.applicable === 0 ? 1 : tally.answered / tally.applicable,
    },
    missing: tally.missing,
    paths,
  };
}

/** scorePathExact, undoing its tallies when it gives up so the decimal path can count afresh. */
function scoreExactly(
  compiled: CompiledFramework,
  cp: CompiledPath,
  scaling: PathScaling,
  inputs: IndicatorInput[],
  tally: Tally,
): { score: PathScore; weighted: Exact } | null {
  const { answered, applicable } = tally;
  const missing = tally.missing.length;
  const vetoes = tally.vetoes.length;
  const result = scorePathExact(compiled, cp, scaling, inputs, tally);
  if (result === null) {
    tally.answered = answered;
    tally.applicable = applicable;
    tally.missing.length = missing;
    tally.vetoes.length = vetoes;
  }
  return result;
}

/** The paths' weighted points added as decimals (exact fractions converted to 40 digits). */
function decimalSum(weights: (Exact | Dec)[]): Dec {
  let total = ZERO;
  for (const w of weights) total = total.plus(w instanceof Exact ? toDec(w) : w);
  return total;
}

function scorePath(
  compiled: CompiledFramework,
  cp: CompiledPath,
  scaling: PathScaling,
  values: ValueMap,
  tally: Tally,
): { score: PathScore; weighted: Dec } {
  const baseRaw = new ExactSum();
  const bonus = new ExactSum();
  const deductions = new ExactSum();
  // Bonus items share the path's cap in framework order: each counts what the cap still leaves.
  let bonusLeft = cp.bonusCap;
  const indicators: IndicatorScore[] = new Array(cp.indicators.length);

  for (let i = 0; i < cp.indicators.length; i++) {
    const ci = cp.indicators[i];
    const given = values[ci.code];
    const input: IndicatorInput = given === undefined ? null : given;
    if (!scaling.applicable[i]) {
      indicators[i] = indicatorScore(
        ci,
        input,
        false,
        false,
        ZERO,
        ZERO,
        ZERO,
        tally.explain ? NOT_APPLICABLE_REASON : NO_REASON,
      );
      continue;
    }
    tally.applicable++;
    if (input === null) {
      tally.missing.push(ci.code);
      indicators[i] = indicatorScore(
        ci,
        null,
        true,
        true,
        ZERO,
        ZERO,
        scaling.scaledMax[i],
        tally.explain ? MISSING_REASON : NO_REASON,
      );
      continue;
    }
    tally.answered++;
    const raw = rawPoints(ci, input);
    let counted = raw;
    let capIndex = -1;
    switch (ci.category) {
      case 'base':
        baseRaw.add(raw);
        counted = rescale(raw, scaling);
        break;
      case 'bonus':
        if (bonusLeft !== null && !raw.isZero()) {
          counted = minDec(raw, bonusLeft);
          bonusLeft = bonusLeft.minus(counted);
        }
        bonus.add(counted);
        break;
      case 'deduction':
        deductions.add(raw);
        break;
      case 'veto':
        if (input === true && ci.calc.type === 'veto') {
          capIndex = ci.calc.capGradeIndex;
          tally.vetoes.push({ ci, capIndex });
        }
        break;
    }
    let reason = NO_REASON;
    if (tally.explain) {
      const capGrade = capIndex >= 0 ? compiled.grades.refs[capIndex] : undefined;
      reason = explainIndicator(ci, input, raw, { scaling, index: i, scaled: counted, counted, capGrade });
    }
    const score = indicatorScore(ci, input, true, false, raw, counted, scaling.scaledMax[i], reason);
    if (ci.category === 'deduction') {
      // Deductions show negative; `0 - x` keeps a zero deduction 0, not −0.
      score.rawPoints = 0 - score.rawPoints;
      score.points = 0 - score.points;
    }
    if (capIndex >= 0) score.vetoTriggered = true;
    indicators[i] = score;
  }

  const base = rescale(baseRaw.value(), scaling);
  const bonusPoints = bonus.value();
  const deductionPoints = deductions.value();
  let points = base;
  if (!bonusPoints.isZero()) points = points.plus(bonusPoints);
  if (!deductionPoints.isZero()) points = maxDec(ZERO, points.minus(deductionPoints));
  const weighted = multiply(points, cp.weightFactor);
  const percent = multiply(points, cp.percentFactor);
  const path = cp.path;
  // Rounding a computed decimal costs more than the arithmetic; reuse a figure shown already.
  const pointsShown = shown(points);
  const score: PathScore = {
    code: path.code,
    name: path.name,
    weight: path.weight,
    maxPoints: path.maxPoints ?? 100,
    scale: scaling.scale,
    basePoints: base === points ? pointsShown : shown(base),
    bonusPoints: shown(bonusPoints),
    deductionPoints: shown(deductionPoints),
    points: pointsShown,
    percent: percent === points ? pointsShown : shown(percent),
    weighted: weighted === points ? pointsShown : shown(weighted),
    indicators,
  };
  return { score, weighted };
}

/** points × num / den; a factor of 1 costs nothing. */
function multiply(points: Dec, factor: Factor): Dec {
  if (factor.isOne || points.isZero()) return points;
  // A path made only of framework constants has constant points; its products recur across branches.
  const constantPoints = isConstant(points);
  if (constantPoints) {
    const known = factor.products.get(points);
    if (known) return known;
  }
  const product = factor.exact ? points.times(factor.exact) : points.times(factor.num).div(factor.den);
  if (!constantPoints) return product;
  const fixed = constant(product);
  factor.products.set(points, fixed);
  return fixed;
}

/** raw × maxPoints / Σ M: multiply before dividing, so exact results stay exact. */
function rescale(raw: Dec, scaling: PathScaling): Dec {
  if (scaling.isOne || raw.isZero()) return raw;
  if (!isConstant(raw)) return raw.times(scaling.num).div(scaling.den);
  let scaled = scaling.scaledConstants.get(raw);
  if (!scaled) {
    scaled = constant(raw.times(scaling.num).div(scaling.den));
    scaling.scaledConstants.set(raw, scaled);
  }
  return scaled;
}

function indicatorScore(
  ci: CompiledIndicator,
  input: IndicatorInput,
  applicable: boolean,
  missing: boolean,
  raw: Dec,
  counted: Dec,
  scaledMax: Dec,
  reason: IndicatorScore['reason'],
): IndicatorScore {
  const rawShown = shown(raw);
  const score: IndicatorScore = {
    code: ci.code,
    name: ci.indicator.name,
    rule: ci.type,
    applicable,
    missing,
    input,
    rawPoints: rawShown,
    points: counted === raw ? rawShown : shown(counted),
    maxPoints: shown(scaledMax),
    reason,
  };
  if (ci.category === 'veto') score.vetoTriggered = false;
  return score;
}
