/**
 * scoreAssessment: validate, then score every path by docs/domain.md's rules, in exact fractions
 * (fraction.ts). Each indicator's points come from its rule's module (rules/registry.ts); this file
 * only combines them: rescaling, the path's bonus cap, deductions, weights, grades and vetoes.
 * Totals are built from unrounded figures; only the result's numbers are rounded (half up, 2 places).
 */
import type {
  Framework,
  GradeRef,
  IndicatorInput,
  IndicatorScore,
  LocalizedText,
  PathScore,
  ScoreOptions,
  ScoreResult,
  ValueMap,
} from '../types';
import { compile, type CompiledFramework, type CompiledIndicator, type CompiledPath } from './compile';
import { explainIndicator, MISSING_REASON, NO_REASON, NOT_APPLICABLE_REASON } from './explain';
import { Fraction, minus, plus, round2, times, ZERO } from './fraction';
import { gradeIndexForShownTotal } from './grades';
import { ValueValidationError } from './issues';
import { scalingFor, type PathScaling } from './scaling';
import { SharedCap } from './shared-cap';
import { collectIssues } from './validate';

/** Score one assessment. Throws ValueValidationError listing every invalid value; never a partial result. */
export function scoreAssessment(
  framework: Framework,
  values: ValueMap,
  options: ScoreOptions = {},
): ScoreResult {
  const compiled = compile(framework);
  // Stryker disable next-line ArrayDeclaration: equivalent, collectIssues writes every slot before it is read
  const inputs: IndicatorInput[] = new Array(compiled.byCode.size);
  const issues = collectIssues(compiled, values, options.sector, inputs);
  if (issues.length > 0) throw new ValueValidationError(issues);
  return scoreValidInputs(compiled, inputs, options);
}

/** The grade a total earns before any veto, comparing the total rounded half up to 2 places. */
export function gradeForTotal(framework: Framework, total: number): GradeRef {
  const grades = compile(framework).grades;
  return grades.refs[gradeIndexForShownTotal(grades, round2(total))];
}

/** Mutable tallies across paths. */
interface Tally {
  explain: boolean;
  answered: number;
  applicable: number;
  missing: string[];
  /** Grade indexes the triggered vetoes cap at, with the veto. */
  vetoes: { ci: CompiledIndicator; capIndex: number }[];
}

function scoreValidInputs(
  compiled: CompiledFramework,
  inputs: IndicatorInput[],
  options: ScoreOptions,
): ScoreResult {
  const scaling = scalingFor(compiled, options.sector);
  const tally: Tally = {
    explain: options.explain !== false,
    answered: 0,
    applicable: 0,
    missing: [],
    vetoes: [],
  };
  const paths: PathScore[] = [];
  let total = ZERO;
  for (let p = 0; p < compiled.paths.length; p++) {
    const { score, weighted } = scorePath(compiled, compiled.paths[p], scaling[p], inputs, tally);
    paths.push(score);
    total = plus(total, weighted);
  }
  const shownTotal = total.shown;

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

/**
 * One path (docs/domain.md, "Paths and the total"): base points rescaled to the path's maxPoints,
 * plus bonuses within the path's cap, minus deductions, never below 0.
 */
function scorePath(
  compiled: CompiledFramework,
  cp: CompiledPath,
  scaling: PathScaling,
  inputs: IndicatorInput[],
  tally: Tally,
): { score: PathScore; weighted: Fraction } {
  let baseRaw = ZERO;
  let bonus = ZERO;
  let deductions = ZERO;
  // Bonus items share the path's cap in framework order: each counts what the cap still leaves.
  const bonusCap = new SharedCap(cp.bonusCap);
  const count = cp.indicators.length;
  const indicators: IndicatorScore[] = [];
  const maxShown = scaling.scaledMaxShown;

  for (let i = 0; i < count; i++) {
    const ci = cp.indicators[i];
    // As validated: null when missing.
    const input = inputs[cp.offset + i];
    if (!scaling.applicable[i]) {
      const reason = tally.explain ? NOT_APPLICABLE_REASON : NO_REASON;
      indicators.push(indicatorScore(ci, input, false, false, 0, 0, 0, reason, false));
      continue;
    }
    tally.applicable++;
    if (input === null) {
      tally.missing.push(ci.code);
      const reason = tally.explain ? MISSING_REASON : NO_REASON;
      indicators.push(indicatorScore(ci, null, true, true, 0, 0, maxShown[i], reason, false));
      continue;
    }
    tally.answered++;
    const raw = ci.module.points(ci.calc, input, ci.m);
    let counted = raw;
    let capGrade: GradeRef | undefined;
    switch (ci.role) {
      case 'base':
        baseRaw = plus(baseRaw, raw);
        counted = rescale(raw, scaling);
        break;
      case 'bonus':
        counted = bonusCap.take(raw);
        bonus = plus(bonus, counted);
        break;
      case 'deduction':
        deductions = plus(deductions, raw);
        break;
      case 'veto': {
        // Stryker disable next-line UnaryOperator: equivalent, unreachable (the veto role is the veto module's, which has vetoCap)
        const capIndex = ci.module.vetoCap ? ci.module.vetoCap(ci.calc, input) : -1;
        if (capIndex >= 0) {
          tally.vetoes.push({ ci, capIndex });
          capGrade = compiled.grades.refs[capIndex];
        }
        break;
      }
    }
    const reason = tally.explain
      ? explainIndicator(ci, input, raw, { scaling, index: i, counted, capGrade })
      : NO_REASON;
    const vetoTriggered = capGrade !== undefined;
    const rawShown = raw.shown;
    const countedShown = counted.shown;
    indicators.push(
      ci.role === 'deduction'
        ? // Deductions show negative; `0 - x` keeps a zero deduction 0, not −0.
          indicatorScore(
            ci,
            input,
            true,
            false,
            0 - rawShown,
            0 - countedShown,
            maxShown[i],
            reason,
            vetoTriggered,
          )
        : indicatorScore(ci, input, true, false, rawShown, countedShown, maxShown[i], reason, vetoTriggered),
    );
  }

  const base = rescale(baseRaw, scaling);
  // Bonuses within the cap, then deductions; a path never goes below 0. The fraction operations
  // return an operand unchanged for a zero or a factor of one, and `shown` is cached per fraction.
  const net = minus(plus(base, bonus), deductions);
  const points = net.isNegative() ? ZERO : net;
  const weighted = times(points, cp.weightFactor);
  const percent = times(points, cp.percentFactor);
  const path = cp.path;
  const score: PathScore = {
    code: path.code,
    name: path.name,
    weight: path.weight,
    maxPoints: path.maxPoints ?? 100,
    scale: scaling.scale,
    basePoints: base.shown,
    bonusPoints: bonus.shown,
    deductionPoints: deductions.shown,
    points: points.shown,
    percent: percent.shown,
    weighted: weighted.shown,
    indicators,
  };
  return { score, weighted };
}

/** raw × maxPoints / Σ M; a fixed raw (constant or memoized) recurs, so its rescaled value is kept. */
function rescale(raw: Fraction, scaling: PathScaling): Fraction {
  // Stryker disable next-line ConditionalExpression,LogicalOperator,BooleanLiteral: equivalent, the memo only saves work: times() returns raw itself for a factor of one, and a value not looked up is computed again, the same
  if (!raw.fixed || scaling.isOne) return times(raw, scaling.factor);
  return scaling.scaled.get(raw) ?? rememberRescaled(raw, scaling);
}

function rememberRescaled(raw: Fraction, scaling: PathScaling): Fraction {
  const scaled = times(raw, scaling.factor).asFixed();
  scaling.scaled.set(raw, scaled);
  return scaled;
}

/** Always the same property order, so every result object shares one shape (vetoes add one field). */
function indicatorScore(
  ci: CompiledIndicator,
  input: IndicatorInput,
  applicable: boolean,
  missing: boolean,
  rawPoints: number,
  points: number,
  maxPoints: number,
  reason: LocalizedText,
  vetoTriggered: boolean,
): IndicatorScore {
  const score: IndicatorScore = {
    code: ci.code,
    name: ci.indicator.name,
    rule: ci.type,
    applicable,
    missing,
    input,
    rawPoints,
    points,
    maxPoints,
    reason,
  };
  if (ci.role === 'veto') score.vetoTriggered = vetoTriggered;
  return score;
}
