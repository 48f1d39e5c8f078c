/**
 * One path scored in exact fractions (exact.ts): the same rules as score.ts's decimal scorePath,
 * with integer arithmetic in place of decimal operations; decimal.js only rounds the figures shown.
 * Returns null when any step would leave safe integers: the caller then scores the path with decimals.
 * `inputs` are the validated values in framework order (collectIssues), null when missing.
 */
import type { IndicatorInput, IndicatorScore, LocalizedText, PathScore } from './types';
import type { CompiledFramework, CompiledIndicator, CompiledPath } from './compile';
import type { PathScaling } from './scaling';
import { compare, Exact, EXACT_ZERO, minus, plus, times, toDec } from './exact';
import { exactRawPoints } from './exact-rules';
import { explainIndicator, MISSING_REASON, NO_REASON, NOT_APPLICABLE_REASON } from './explain';
import type { Tally } from './score';

export function scorePathExact(
  compiled: CompiledFramework,
  cp: CompiledPath,
  scaling: PathScaling,
  inputs: IndicatorInput[],
  tally: Tally,
): { score: PathScore; weighted: Exact } | null {
  if (!scaling.exactScale.ok || !cp.weightFactor.fraction.ok || !cp.percentFactor.fraction.ok) return null;
  let baseRaw = EXACT_ZERO;
  let bonus = EXACT_ZERO;
  let deductions = EXACT_ZERO;
  // Bonus items share the path's cap in framework order: each counts what the cap still leaves.
  let bonusLeft = cp.exactBonusCap;
  if (bonusLeft && !bonusLeft.ok) return null;
  const count = cp.indicators.length;
  const indicators: IndicatorScore[] = new Array(count);
  const maxShown = scaling.scaledMaxShown;

  for (let i = 0; i < count; i++) {
    const ci = cp.indicators[i];
    // As validated: null when missing.
    const input = inputs[cp.offset + i];
    if (!scaling.applicable[i]) {
      const reason = tally.explain ? NOT_APPLICABLE_REASON : NO_REASON;
      indicators[i] = indicatorScore(ci, input, false, false, 0, 0, 0, reason, false);
      continue;
    }
    tally.applicable++;
    if (input === null) {
      tally.missing.push(ci.code);
      const reason = tally.explain ? MISSING_REASON : NO_REASON;
      indicators[i] = indicatorScore(ci, null, true, true, 0, 0, maxShown[i], reason, false);
      continue;
    }
    tally.answered++;
    const raw = exactRawPoints(ci, input);
    if (!raw.ok) return null;
    let counted = raw;
    let capIndex = -1;
    switch (ci.category) {
      case 'base':
        baseRaw = plus(baseRaw, raw);
        counted = rescale(raw, scaling);
        break;
      case 'bonus':
        if (bonusLeft !== null && raw.num !== 0) {
          const order = compare(raw, bonusLeft);
          if (order !== order) return null;
          counted = order <= 0 ? raw : bonusLeft;
          bonusLeft = minus(bonusLeft, counted);
        }
        bonus = plus(bonus, counted);
        break;
      case 'deduction':
        deductions = plus(deductions, raw);
        break;
      case 'veto':
        if (input === true && ci.calc.type === 'veto') {
          capIndex = ci.calc.capGradeIndex;
          tally.vetoes.push({ ci, capIndex });
        }
        break;
    }
    if (!counted.ok) return null;
    let reason = NO_REASON;
    if (tally.explain) {
      const capGrade = capIndex >= 0 ? compiled.grades.refs[capIndex] : undefined;
      const countedDec = toDec(counted);
      const ctx = { scaling, index: i, scaled: countedDec, counted: countedDec, capGrade };
      reason = explainIndicator(ci, input, toDec(raw), ctx);
    }
    const rawShown = raw.shown;
    const countedShown = counted === raw ? rawShown : counted.shown;
    indicators[i] =
      ci.category === 'deduction'
        ? // Deductions show negative; `0 - x` keeps a zero deduction 0, not −0.
          indicatorScore(ci, input, true, false, 0 - rawShown, 0 - countedShown, maxShown[i], reason, false)
        : indicatorScore(ci, input, true, false, rawShown, countedShown, maxShown[i], reason, capIndex >= 0);
  }

  const base = rescale(baseRaw, scaling);
  let points = base;
  if (bonus.num !== 0) points = plus(points, bonus);
  if (deductions.num !== 0) {
    points = minus(points, deductions);
    if (points.num < 0) points = EXACT_ZERO;
  }
  const weighted = scaleBy(points, cp.weightFactor.fraction);
  const percent = scaleBy(points, cp.percentFactor.fraction);
  if (!base.ok || !bonus.ok || !deductions.ok || !points.ok || !weighted.ok || !percent.ok) return null;
  const path = cp.path;
  const pointsShown = points.shown;
  const score: PathScore = {
    code: path.code,
    name: path.name,
    weight: path.weight,
    maxPoints: path.maxPoints ?? 100,
    scale: scaling.scale,
    basePoints: base === points ? pointsShown : base.shown,
    bonusPoints: bonus.shown,
    deductionPoints: deductions.shown,
    points: pointsShown,
    percent: percent === points ? pointsShown : percent.shown,
    weighted: weighted === points ? pointsShown : weighted.shown,
    indicators,
  };
  return { score, weighted };
}

/** x × factor; a factor of 1 returns x itself (so its shown value is reused). */
function scaleBy(x: Exact, factor: Exact): Exact {
  return factor.num === factor.den ? x : times(x, factor.num, factor.den);
}

/** raw × maxPoints / Σ M; a fixed raw (constant or memoized) recurs, so its rescaled value is kept. */
function rescale(raw: Exact, scaling: PathScaling): Exact {
  const scale = scaling.exactScale;
  if (scaling.isOne || raw.num === 0) return raw;
  if (!raw.fixed) return times(raw, scale.num, scale.den);
  let scaled = scaling.exactScaled.get(raw);
  if (scaled === undefined) {
    const product = times(raw, scale.num, scale.den);
    scaled = product.ok ? new Exact(product.num, product.den, true) : product;
    scaling.exactScaled.set(raw, scaled);
  }
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
  if (ci.category === 'veto') score.vetoTriggered = vetoTriggered;
  return score;
}
