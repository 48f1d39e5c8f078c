/**
 * The quarters' part of the year (docs/domain.md#annual): which quarters count, each one's share,
 * and their combination (mean, weights or sum), exactly, from the official totals as shown.
 */
import { divide, fmt, fromNumber, Fraction, frac, plus, roundTo, times, ZERO } from '../engine/fraction';
import type { LocalizedText, ValueIssue } from '../types';
import type {
  AnnualQuarterLine,
  MissingQuarterPolicy,
  QuarterCombination,
  QuarterNumber,
  QuarterOutcome,
  QuarterStatus,
} from './annual-types';

export const QUARTERS: readonly QuarterNumber[] = [1, 2, 3, 4];

export interface CombinedQuarters {
  lines: AnnualQuarterLine[];
  counted: number;
  points: Fraction;
  /** The arithmetic in words: "(88 + 92 + 90) ÷ 3 = 90". */
  formula: LocalizedText;
}

/** Problems with the quarters' figures, each naming the quarter and field (`Q2.total`). */
export function quarterIssues(outcomes: unknown): ValueIssue[] {
  const issues: ValueIssue[] = [];
  const fail = (field: string, code: string, zh: string, en: string) =>
    issues.push({ indicator: 'quarters', field, code, message: { zh, en } });
  if (!Array.isArray(outcomes)) {
    fail('quarters', 'WRONG_SHAPE', '季度结果应为列表', 'the quarters must be a list');
    return issues;
  }
  const seen = new Set<number>();
  outcomes.forEach((outcome: Partial<QuarterOutcome> | null, i) => {
    const q = outcome?.quarter;
    if (typeof q !== 'number' || !QUARTERS.includes(q as QuarterNumber)) {
      fail(
        `[${i}].quarter`,
        'UNKNOWN_QUARTER',
        `季度应为 1 到 4（收到 ${String(q)}）`,
        `quarter must be 1 to 4 (got ${String(q)})`,
      );
      return;
    }
    const at = `Q${q}`;
    if (seen.has(q)) fail(`${at}.quarter`, 'DUPLICATE_QUARTER', `第${q}季度出现两次`, `Q${q} is given twice`);
    seen.add(q);
    const total = outcome?.total;
    if (total !== null && (typeof total !== 'number' || !Number.isFinite(total) || total < 0))
      fail(
        `${at}.total`,
        'NOT_A_TOTAL',
        `第${q}季度总分应为非负数或空（收到 ${String(total)}）`,
        `Q${q} total must be a number ≥ 0 or null (got ${String(total)})`,
      );
    if (typeof outcome?.approved !== 'boolean')
      fail(
        `${at}.approved`,
        'NOT_A_BOOLEAN',
        `第${q}季度是否审定应为是或否`,
        `Q${q} approved must be true or false`,
      );
    else if (outcome.approved && total === null)
      fail(
        `${at}.total`,
        'APPROVED_WITHOUT_TOTAL',
        `第${q}季度已审定却没有总分`,
        `Q${q} is approved but has no total`,
      );
  });
  return issues;
}

/** Combines valid outcomes (quarterIssues found nothing). */
export function combineQuarters(
  combine: QuarterCombination,
  policy: MissingQuarterPolicy,
  outcomes: readonly QuarterOutcome[],
): CombinedQuarters {
  const byQuarter = new Map(outcomes.map((o) => [o.quarter, o]));
  const weights = QUARTERS.map((q) =>
    combine.method === 'weighted' ? fromNumber(combine.weights[q - 1]) : frac(1, 1),
  );
  const statuses = QUARTERS.map((q): QuarterStatus => {
    const o = byQuarter.get(q);
    if (o !== undefined && o.approved && o.total !== null) return 'COUNTED';
    return policy === 'zero' ? 'ZERO' : 'EXCLUDED';
  });
  const values = QUARTERS.map((q, i) =>
    statuses[i] === 'COUNTED' ? fromNumber(byQuarter.get(q)!.total!) : ZERO,
  );

  // The divisor: the counted quarters for a mean, their weights for weights (so excluded quarters'
  // weights are shared out), 1 for a sum.
  let divisor = combine.method === 'sum' ? frac(1, 1) : ZERO;
  let weightedSum = ZERO;
  let counted = 0;
  QUARTERS.forEach((_q, i) => {
    if (statuses[i] === 'EXCLUDED') return;
    counted++;
    weightedSum = plus(weightedSum, times(weights[i], values[i]));
    if (combine.method !== 'sum') divisor = plus(divisor, weights[i]);
  });
  const points = divisor.isZero() ? ZERO : divide(weightedSum, divisor);

  const lines = QUARTERS.map((q, i): AnnualQuarterLine => {
    const o = byQuarter.get(q);
    const share = statuses[i] === 'EXCLUDED' || divisor.isZero() ? ZERO : divide(weights[i], divisor);
    return {
      quarter: q,
      total: o?.total ?? null,
      approved: o?.approved ?? false,
      status: statuses[i],
      share: roundTo(share, 4),
      reason: quarterReason(q, o, statuses[i]),
    };
  });
  return { lines, counted, points, formula: formulaOf(combine, statuses, values, weights, divisor, points) };
}

function quarterReason(
  q: QuarterNumber,
  o: QuarterOutcome | undefined,
  status: QuarterStatus,
): LocalizedText {
  if (status === 'COUNTED')
    return {
      zh: `第${q}季度已审定，计 ${fmt(o!.total!)} 分`,
      en: `Q${q} approved, ${fmt(o!.total!)} counted`,
    };
  const why =
    o === undefined || o.total === null
      ? { zh: `第${q}季度无考评结果`, en: `Q${q} has no assessment` }
      : {
          zh: `第${q}季度未审定（${fmt(o.total)} 分不作数）`,
          en: `Q${q} is not approved (its ${fmt(o.total)} does not count)`,
        };
  return status === 'ZERO'
    ? { zh: `${why.zh}，按 0 分计`, en: `${why.en}, counted as 0` }
    : { zh: `${why.zh}，不计入`, en: `${why.en}, left out` };
}

function formulaOf(
  combine: QuarterCombination,
  statuses: QuarterStatus[],
  values: Fraction[],
  weights: Fraction[],
  divisor: Fraction,
  points: Fraction,
): LocalizedText {
  const used = QUARTERS.map((_q, i) => i).filter((i) => statuses[i] !== 'EXCLUDED');
  if (used.length === 0 || divisor.isZero())
    return { zh: '没有计入的季度，季度部分为 0', en: 'no quarter counts: the quarters give 0' };
  const result = fmt(points);
  let text: string;
  if (combine.method === 'sum') {
    text = `${used.map((i) => fmt(values[i])).join(' + ')} = ${result}`;
  } else if (combine.method === 'mean') {
    text = `(${used.map((i) => fmt(values[i])).join(' + ')}) ÷ ${used.length} = ${result}`;
  } else {
    text = `(${used.map((i) => `${fmt(values[i])}×${fmt(weights[i])}`).join(' + ')}) ÷ ${fmt(divisor)} = ${result}`;
  }
  const name = METHOD_NAMES[combine.method];
  return { zh: `季度${name.zh}：${text}`, en: `quarters' ${name.en}: ${text}` };
}

export const METHOD_NAMES: Record<QuarterCombination['method'], LocalizedText> = {
  mean: { zh: '平均', en: 'mean' },
  weighted: { zh: '加权', en: 'weighted mean' },
  sum: { zh: '累计（积分制）', en: 'sum (points system)' },
};
