import { isApplicable, type Framework, type Indicator, type IndicatorInput, type Sector } from '@pathboard/scoring';
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
 * A plausible input for one indicator, by rule type, so any valid framework can be filled. Higher
 * quality → closer to full marks; values always pass validateValues (integers where counted).
 */
export function generateInput(indicator: Indicator, b: BranchQuarter, rng: Prng): IndicatorInput {
  const q = clamp01(b.quality + rng.noise(0.12));
  const rule = indicator.rule;
  switch (rule.type) {
    case 'ratio': {
      const d = denominator(indicator, b, rng);
      const target = rule.target ?? 1;
      return { numerator: Math.min(d, Math.round(d * clamp01(target * (0.45 + 0.6 * q)))), denominator: d };
    }
    case 'count': {
      const raw = rule.target * (0.2 + 1.1 * q);
      const hoursLike = rule.target >= 4;
      return hoursLike ? Math.round(raw * 10) / 10 : Math.round(raw);
    }
    case 'shortfall':
      return Math.max(0, Math.min(rule.required + 1, Math.round(rule.required * (0.35 + 0.75 * q))));
    case 'threshold_step':
      return Math.round(clamp01(rule.threshold - 0.35 + 0.45 * q) * 100) / 100;
    case 'rating': {
      const bands = [...rule.bands].sort((x, y) => y.points - x.points);
      const index = q > 0.8 ? 0 : q > 0.6 ? 1 : q > 0.35 ? 2 : 3;
      return bands[Math.min(index, bands.length - 1)].code;
    }
    case 'banded': {
      const byPoints = rule.bands.map((band, i) => ({ band, i })).sort((x, y) => y.band.points - x.band.points);
      const chosen = byPoints[Math.min(byPoints.length - 1, Math.floor((1 - q) * byPoints.length))];
      const next = rule.bands[chosen.i + 1];
      const width = next ? next.min - chosen.band.min : Math.max(0.05, Math.abs(chosen.band.min) * 0.05);
      return Math.round((chosen.band.min + rng.next() * width * 0.9) * 100) / 100;
    }
    case 'penalty':
      return q > 0.7 ? 0 : rng.int(0, 2);
    case 'checklist':
      return rule.items.filter(() => rng.chance(0.45 + 0.6 * q)).map((item) => item.code);
    case 'boolean':
      return rng.chance(0.35 + 0.7 * q);
    case 'bonus':
      return rng.chance(q * 0.45) ? rng.int(1, 3) : 0;
    case 'deduction':
      return b.violations;
    case 'veto':
      return b.veto;
  }
}

/** Every applicable indicator's input (some left blank), in framework order. */
export function generateValues(framework: Framework, b: BranchQuarter, rng: Prng): Record<string, IndicatorInput> {
  const values: Record<string, IndicatorInput> = {};
  for (const path of framework.paths) {
    for (const indicator of path.indicators) {
      if (!isApplicable(indicator, b.sector)) continue;
      const input = generateInput(indicator, b, rng);
      // Deductions and vetoes are never "forgotten": a blank there would hide the finding.
      const rule = indicator.rule.type;
      if (rule !== 'deduction' && rule !== 'veto' && rng.chance(b.missingRate)) continue;
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
    .filter((i) => i.code in self && !['bonus', 'deduction', 'veto'].includes(i.rule.type));
  const reviewed: Record<string, IndicatorInput> = {};
  for (let n = 0; n < count && candidates.length; n++) {
    const indicator = candidates.splice(rng.int(0, candidates.length - 1), 1)[0];
    const value = generateInput(indicator, { ...b, quality: Math.max(0, b.quality - 0.3) }, rng);
    if (JSON.stringify(value) !== JSON.stringify(self[indicator.code])) reviewed[indicator.code] = value;
  }
  return reviewed;
}
