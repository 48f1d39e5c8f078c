import {
  isApplicable,
  ruleInput,
  ruleRole,
  sampleInput,
  type Framework,
  type Indicator,
  type IndicatorInput,
  type Sector,
} from '@pathboard/scoring';
import { clamp01, type Prng } from './prng';

export interface BranchQuarter {
  sector: Sector;
  memberCount: number;
  /** How well the branch did this quarter, 0..1 (its base level + trend + noise). */
  quality: number;
  /** 八项规定/四风 findings this quarter (deduction rules). */
  violations: number;
  /** A serious violation by a committee member (veto rules). */
  veto: boolean;
  /** Probability that any one value was left blank. */
  missingRate: number;
}

/** A denominator a branch would plausibly report for a ratio indicator. */
function denominator(indicator: Indicator, b: BranchQuarter, rng: Prng): number {
  const code = indicator.code;
  if (code.includes('MEETINGS')) return 12; // 三会一课: about a dozen sessions a quarter
  if (code.includes('COVERAGE') || code.includes('PLEDGE')) return b.memberCount;
  if (code.includes('STAFF')) return rng.int(2, 6);
  return rng.int(3, 20);
}

/**
 * A plausible input for one indicator, from its rule's module (`sampleInput`), so any valid
 * framework can be filled. Higher quality → closer to full marks; values always pass
 * validateValues. Two things the rule cannot know come from the branch: the size of a ratio's
 * denominator (a dozen meetings, the member count) and its findings (deductions, vetoes).
 */
export function generateInput(indicator: Indicator, b: BranchQuarter, rng: Prng): IndicatorInput {
  const q = clamp01(b.quality + rng.noise(0.12));
  const rule = indicator.rule;
  const role = ruleRole(rule);
  if (role === 'deduction') return b.violations;
  if (role === 'veto') return b.veto;
  const input = sampleInput(rule, q, () => rng.next());
  if (
    ruleInput(rule).kind !== 'fraction' ||
    input === null ||
    typeof input !== 'object' ||
    Array.isArray(input)
  )
    return input;
  const d = denominator(indicator, b, rng);
  return { numerator: Math.min(d, Math.round((d * input.numerator) / input.denominator)), denominator: d };
}

/** Every applicable indicator's input (some left blank), in framework order. */
export function generateValues(
  framework: Framework,
  b: BranchQuarter,
  rng: Prng,
): Record<string, IndicatorInput> {
  const values: Record<string, IndicatorInput> = {};
  for (const path of framework.paths) {
    for (const indicator of path.indicators) {
      if (!isApplicable(indicator, b.sector)) continue;
      const input = generateInput(indicator, b, rng);
      // Deductions and vetoes are never "forgotten": a blank there would hide the finding.
      const role = ruleRole(indicator.rule);
      if (role !== 'deduction' && role !== 'veto' && rng.chance(b.missingRate)) continue;
      values[indicator.code] = input;
    }
  }
  return values;
}

/**
 * A reviewer's correction: re-rates a few indicators at a lower quality, as a street committee
 * does when the evidence does not support the self-assessment (审核扣分).
 */
export function generateReview(
  framework: Framework,
  b: BranchQuarter,
  self: Record<string, IndicatorInput>,
  rng: Prng,
  count: number,
): Record<string, IndicatorInput> {
  const candidates = framework.paths
    .flatMap((p) => p.indicators)
    .filter((i) => i.code in self && ruleRole(i.rule) === 'base');
  const reviewed: Record<string, IndicatorInput> = {};
  for (let n = 0; n < count && candidates.length; n++) {
    const indicator = candidates.splice(rng.int(0, candidates.length - 1), 1)[0];
    const value = generateInput(indicator, { ...b, quality: Math.max(0, b.quality - 0.3) }, rng);
    if (JSON.stringify(value) !== JSON.stringify(self[indicator.code])) reviewed[indicator.code] = value;
  }
  return reviewed;
}

/** What reviewers write when they lower a value (调整理由), as the demo's adjustments carry one. */
const DEMO_REVIEW_REASONS = [
  '核查台账，会议记录与填报次数不符',
  '佐证材料不足以支撑填报值，按可核实部分认定',
  '签到表人数少于填报人数，按签到表认定',
  '按考评细则重新认定',
] as const;

/**
 * The reason of a demo adjustment, chosen by the indicator code so the seeded data stay the same
 * run after run without drawing from the generator's random sequence.
 */
export function demoReviewReason(indicatorCode: string): string {
  let sum = 0;
  for (const char of indicatorCode) sum += char.charCodeAt(0);
  return DEMO_REVIEW_REASONS[sum % DEMO_REVIEW_REASONS.length];
}
