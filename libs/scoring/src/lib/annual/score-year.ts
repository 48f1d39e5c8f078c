/**
 * scoreYear: the annual verdict (年度考评, docs/domain.md#annual) from the four quarters' official
 * totals and the annual-only items, in exact fractions like a quarter: quarters combined by the
 * framework's method, plus annual bonuses within the year's cap, minus annual deductions, never below
 * 0; graded on the shown total by the annual grade list; capped by annual vetoes and by vetoes of
 * approved quarters.
 */
import type { CompiledIndicator } from '../engine/compile';
import { MISSING_REASON, NO_REASON, NOT_APPLICABLE_REASON } from '../engine/explain';
import { fmt, Fraction, minus, plus, ZERO } from '../engine/fraction';
import { gradeIndexForShownTotal } from '../engine/grades';
import { issue, ValueValidationError } from '../engine/issues';
import { isApplicable } from '../engine/scaling';
import { SharedCap } from '../engine/shared-cap';
import type {
  Framework,
  IndicatorInput,
  IndicatorScore,
  LocalizedText,
  ScoreOptions,
  ValueIssue,
  ValueMap,
} from '../types';
import { compileAnnual, type CompiledAnnual } from './annual-rules';
import type { AnnualCap, AnnualResult, QuarterOutcome } from './annual-types';
import { combineQuarters, quarterIssues } from './combine-quarters';

/**
 * Every problem with a year's inputs: the quarters' figures (field `Q2.total`…) and the annual items'
 * values (by indicator, as for a quarter).
 */
export function validateYear(
  framework: Framework,
  quarters: readonly QuarterOutcome[],
  annualValues: ValueMap = {},
  options: ScoreOptions = {},
): ValueIssue[] {
  const annual = compileAnnual(framework);
  return [...quarterIssues(quarters), ...annualValueIssues(annual, annualValues, options)];
}

/** Score a year. Throws ValueValidationError listing every invalid input; never a partial result. */
export function scoreYear(
  framework: Framework,
  quarters: readonly QuarterOutcome[],
  annualValues: ValueMap = {},
  options: ScoreOptions = {},
): AnnualResult {
  const issues = validateYear(framework, quarters, annualValues, options);
  if (issues.length > 0) throw new ValueValidationError(issues);
  const annual = compileAnnual(framework);
  const explain = options.explain !== false;

  const combined = combineQuarters(annual.combine, annual.missingQuarter, quarters);
  const items = scoreAnnualItems(annual, annualValues, options, explain);
  let total: Fraction = plus(combined.points, items.bonus);
  total = minus(total, items.deductions);
  if (total.isNegative()) total = ZERO;
  const shownTotal = total.shown;

  const caps = [
    ...items.caps,
    ...quarterCaps(
      annual,
      combined.lines.map((l) => l.status),
      quarters,
    ),
  ];
  const uncappedIndex = gradeIndexForShownTotal(annual.grades, shownTotal);
  let gradeIndex = uncappedIndex;
  let cappedBy: { cap: AnnualCap; index: number } | null = null;
  for (const entry of caps) {
    if (entry.index > gradeIndex) {
      gradeIndex = entry.index;
      cappedBy = entry;
    }
  }
  const refs = annual.grades.refs;
  const result: Omit<AnnualResult, 'explanation'> = {
    frameworkCode: framework.code,
    frameworkVersion: framework.version,
    method: annual.combine.method,
    missingQuarter: annual.missingQuarter,
    quarters: combined.lines,
    countedQuarters: combined.counted,
    quarterPoints: combined.points.shown,
    bonusPoints: items.bonus.shown,
    deductionPoints: items.deductions.shown,
    total: shownTotal,
    grade: refs[gradeIndex],
    uncappedGrade: refs[uncappedIndex],
    caps: caps.map((c) => c.cap),
    cappedBy: cappedBy?.cap ?? null,
    indicators: items.scores,
    missing: items.missing,
  };
  return { ...result, explanation: explain ? explainYear(result, combined.formula) : NO_REASON };
}

function annualValueIssues(annual: CompiledAnnual, values: ValueMap, options: ScoreOptions): ValueIssue[] {
  const issues: ValueIssue[] = [];
  if (values === null || typeof values !== 'object' || Array.isArray(values)) {
    issues.push(issue('values', 'WRONG_SHAPE', 'an object of indicator code → value'));
    return issues;
  }
  const known = new Set<string>();
  for (const ci of annual.indicators) {
    known.add(ci.code);
    const input = values[ci.code];
    if (input === null || input === undefined) continue;
    if (!isApplicable(ci.indicator, options.sector)) issues.push(issue(ci.indicator, 'NOT_APPLICABLE'));
    else
      ci.module.validate(input, ci.calc, (code, detail = '', field) =>
        issues.push(issue(ci.indicator, code, detail, field)),
      );
  }
  for (const code in values) if (!known.has(code)) issues.push(issue(code, 'UNKNOWN_INDICATOR'));
  return issues;
}

interface ScoredItems {
  bonus: Fraction;
  deductions: Fraction;
  caps: { cap: AnnualCap; index: number }[];
  scores: IndicatorScore[];
  missing: string[];
}

/** The annual-only items, each by its rule's module: bonuses within the year's cap, deductions, vetoes. */
function scoreAnnualItems(
  annual: CompiledAnnual,
  values: ValueMap,
  options: ScoreOptions,
  explain: boolean,
): ScoredItems {
  const out: ScoredItems = { bonus: ZERO, deductions: ZERO, caps: [], scores: [], missing: [] };
  const bonusCap = new SharedCap(annual.bonusCap);
  for (const ci of annual.indicators) {
    const input: IndicatorInput = values[ci.code] ?? null;
    if (!isApplicable(ci.indicator, options.sector)) {
      out.scores.push(itemScore(ci, input, false, false, 0, 0, explain ? NOT_APPLICABLE_REASON : NO_REASON));
      continue;
    }
    if (input === null) {
      out.missing.push(ci.code);
      out.scores.push(itemScore(ci, null, true, true, 0, 0, explain ? MISSING_REASON : NO_REASON));
      continue;
    }
    const raw = ci.module.points(ci.calc, input, ci.m);
    let counted = raw;
    let capIndex = -1;
    if (ci.role === 'bonus') {
      counted = bonusCap.take(raw);
      out.bonus = plus(out.bonus, counted);
    } else if (ci.role === 'deduction') {
      out.deductions = plus(out.deductions, raw);
    } else if (ci.role === 'veto') {
      capIndex = ci.module.vetoCap ? ci.module.vetoCap(ci.calc, input) : -1;
      if (capIndex >= 0) {
        const capGrade = annual.grades.refs[capIndex];
        out.caps.push({
          cap: { source: 'ANNUAL_VETO', code: ci.code, name: ci.indicator.name, capGrade },
          index: capIndex,
        });
      }
    }
    const capGrade = capIndex >= 0 ? annual.grades.refs[capIndex] : undefined;
    const reason = explain
      ? ci.module.explain(ci.calc, input, raw, { m: ci.m, counted, capGrade })
      : NO_REASON;
    const sign = ci.role === 'deduction' ? -1 : 1;
    // `0 - x` keeps a zero deduction 0, not −0 (as in a quarter).
    const shown = (x: Fraction) => (sign < 0 ? 0 - x.shown : x.shown);
    const score = itemScore(ci, input, true, false, shown(raw), shown(counted), reason);
    if (ci.role === 'veto') score.vetoTriggered = capIndex >= 0;
    out.scores.push(score);
  }
  return out;
}

function itemScore(
  ci: CompiledIndicator,
  input: IndicatorInput,
  applicable: boolean,
  missing: boolean,
  rawPoints: number,
  points: number,
  reason: LocalizedText,
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
    maxPoints: 0,
    reason,
  };
  if (ci.role === 'veto') score.vetoTriggered = false;
  return score;
}

/** The vetoes of counted (approved) quarters, when the framework lets them cap the year. */
function quarterCaps(
  annual: CompiledAnnual,
  statuses: readonly string[],
  quarters: readonly QuarterOutcome[],
): { cap: AnnualCap; index: number }[] {
  if (!annual.quarterVetoesCap) return [];
  const caps: { cap: AnnualCap; index: number }[] = [];
  for (const o of [...quarters].sort((a, b) => a.quarter - b.quarter)) {
    if (statuses[o.quarter - 1] !== 'COUNTED') continue;
    for (const veto of o.vetoes ?? []) {
      const index = annual.quarterVetoCapIndex(veto.capGrade.code);
      const capGrade = annual.grades.refs[index];
      caps.push({
        cap: { source: 'QUARTER_VETO', quarter: o.quarter, code: veto.code, name: veto.name, capGrade },
        index,
      });
    }
  }
  return caps;
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Which quarters counted, the formula, the annual items, the grade and what capped it. */
function explainYear(r: Omit<AnnualResult, 'explanation'>, formula: LocalizedText): LocalizedText {
  const zh: string[] = [r.quarters.map((l) => l.reason.zh).join('；'), formula.zh];
  const en: string[] = [r.quarters.map((l) => l.reason.en).join('; '), formula.en];
  if (r.bonusPoints !== 0 || r.deductionPoints !== 0) {
    zh.push(`年度加分 +${fmt(r.bonusPoints)}，年度扣分 −${fmt(r.deductionPoints)}`);
    en.push(`annual bonuses +${fmt(r.bonusPoints)}, annual deductions −${fmt(r.deductionPoints)}`);
  }
  const total = r.total.toFixed(2);
  zh.push(`年度总分 ${total}，按此显示值评定为 ${r.uncappedGrade.name.zh}`);
  en.push(`annual total ${total}, graded as shown: ${r.uncappedGrade.name.en}`);
  const cap = r.cappedBy;
  if (cap) {
    const whose =
      cap.source === 'QUARTER_VETO'
        ? {
            zh: `第${cap.quarter}季度一票否决（${cap.name.zh}）`,
            en: `the Q${cap.quarter} veto (${cap.name.en})`,
          }
        : { zh: `年度否决项（${cap.name.zh}）`, en: `the annual veto (${cap.name.en})` };
    zh.push(`${whose.zh}将等次封顶为 ${cap.capGrade.name.zh}`);
    en.push(`${whose.en} caps the grade at ${cap.capGrade.name.en}`);
  }
  // Each English part is a sentence of its own: it starts with a capital, as the Chinese ones end with 。.
  return { zh: `${zh.join('。')}。`, en: `${en.map(sentence).join('. ')}.` };
}
