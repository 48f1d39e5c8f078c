/**
 * The framework model and the result model of the scoring engine.
 *
 * This file is the contract between the engine, the framework file format (libs/frameworks),
 * the API and the web app. docs/domain.md is the specification of the rules.
 * Numbers in a framework are plain JSON numbers; the engine reads them as the exact decimals written.
 */

export type Lang = 'zh' | 'en';

/** Bilingual text: Chinese first, English second. */
export interface LocalizedText {
  zh: string;
  en: string;
}

export const SECTORS = ['RURAL', 'COMMUNITY', 'ORGAN', 'SOE', 'INSTITUTION', 'NEW_ORG'] as const;
export type Sector = (typeof SECTORS)[number];

/**
 * Rules live one module each in rules/ (ratio.ts, threshold-step.ts, …), registered in
 * rules/registry.ts; `Rule` is the union of the registered modules' rules.
 */
export type { Rule, RuleType } from './rules/registry';
export type {
  RatioRule,
  CountRule,
  ShortfallRule,
  ThresholdStepRule,
  RatingRule,
  RatingBand,
  BandedRule,
  NumericBand,
  PenaltyRule,
  ChecklistRule,
  ChecklistItem,
  BooleanRule,
  BonusRule,
  DeductionRule,
  VetoRule,
} from './rules';
import type { Rule, RuleType } from './rules/registry';
import type { AnnualRules } from './annual/annual-types';
export type * from './annual/annual-types';
import type { DataChecks, ExpectedRange } from './checks/types';

/** Rules whose points are part of the path's base (they carry a `maxPoints` M that sums to the path's). */
export type BaseRule = Extract<Rule, { maxPoints: number }>;

export interface Indicator {
  /** Unique across the framework, e.g. `ORG_MEETINGS`. */
  code: string;
  name: LocalizedText;
  description?: LocalizedText;
  /** Which source article(s) the indicator comes from, e.g. `["000", "003"]`. */
  source?: string[];
  /** Sectors the indicator applies to; absent means every sector. */
  sectors?: Sector[];
  rule: Rule;
  /** Where the value is expected to lie; outside it, a warning (docs/domain.md, "Data checks"). */
  expectedRange?: ExpectedRange;
  /**
   * A change from the previous quarter, or a distance from the peers' median, no larger than this is
   * never flagged (engine units: a rate as 0..1). For small counts, where one more event would
   * otherwise be a 100% jump or an outlier among peers that nearly all report the same number.
   */
  minChange?: number;
  /** Evidence (佐证材料): `required` = no submission without at least one file on this value. */
  evidence?: EvidenceRequirement;
}

export interface EvidenceRequirement {
  required: boolean;
  /** What to attach, e.g. 会议记录、签到表. */
  hint?: LocalizedText;
}

export interface Path {
  code: string;
  name: LocalizedText;
  /** Share of the total; the paths' weights sum to 100. */
  weight: number;
  /** The path's points scale; its base indicators' M sum to it. Default 100. */
  maxPoints?: number;
  /** The path's bonuses together at most this; absent: only each bonus item's own cap limits them. */
  bonusCap?: number;
  indicators: Indicator[];
}

export interface Grade {
  /** Stable code, e.g. `EXCELLENT`. */
  code: string;
  name: LocalizedText;
  /** Inclusive lower bound of the total. The lowest grade has min 0 (or below). */
  min: number;
}

export interface Framework {
  code: string;
  version: number;
  name: LocalizedText;
  description?: LocalizedText;
  /** Ordered best first: 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, 不合格. */
  grades: Grade[];
  paths: Path[];
  /** How the quarters make the year (docs/domain.md#annual); absent: ANNUAL_DEFAULTS. */
  annual?: AnnualRules;
  /** Data-check settings and validation rules (docs/domain.md, "Data checks"). */
  checks?: DataChecks;
  /** 整改建议 threshold: an indicator under this share of its points is proposed for rectification (default 0.6). */
  rectificationShare?: number;
}

/**
 * One indicator's input as entered. Its shape depends on the rule (its module's `input` kind):
 * `{ numerator, denominator }`, a number, a band code, the checklist codes present, or true/false.
 * `null`/absent means missing.
 */
export type RatioInput = { numerator: number; denominator: number };
export type IndicatorInput = number | boolean | string | string[] | RatioInput | null;

/** indicator code → input. */
export type ValueMap = Record<string, IndicatorInput | undefined>;

/** A stored value: the branch's self value and the reviewer's adjusted value. */
export interface IndicatorValuePair {
  self?: IndicatorInput;
  reviewed?: IndicatorInput;
}

export interface ScoreOptions {
  /** The branch's sector, for indicator applicability. Absent: every indicator applies. */
  sector?: Sector;
  /** Build the zh/en reasons (default true). The benchmarks and bulk recomputation may turn it off. */
  explain?: boolean;
}

export interface ValueIssue {
  /** The indicator code, or `values` for the map itself. */
  indicator: string;
  /** Sub-field when relevant, e.g. `denominator`. */
  field?: string;
  /** Machine code: `NEGATIVE`, `NOT_A_NUMBER`, `NUMERATOR_GT_DENOMINATOR`, `ZERO_DENOMINATOR`, `UNKNOWN_BAND`, ... */
  code: string;
  message: LocalizedText;
}

export interface IndicatorScore {
  code: string;
  name: LocalizedText;
  rule: RuleType;
  applicable: boolean;
  missing: boolean;
  input: IndicatorInput;
  /** Points by the rule as written (before sector rescaling); negative for deductions. Rounded to 2 places. */
  rawPoints: number;
  /** Points counted in the path (after rescaling; bonus after the path cap share). Rounded to 2 places. */
  points: number;
  /** The indicator's M in the path's points after rescaling (0 for bonus/deduction/veto). */
  maxPoints: number;
  /** Veto only: whether it triggered. */
  vetoTriggered?: boolean;
  reason: LocalizedText;
}

export interface PathScore {
  code: string;
  name: LocalizedText;
  weight: number;
  maxPoints: number;
  /** Path maxPoints / Σ M of applicable base indicators. 1 when all apply. */
  scale: number;
  basePoints: number;
  bonusPoints: number;
  deductionPoints: number;
  /** max(0, base + capped bonus − deductions). */
  points: number;
  /** points / maxPoints × 100. */
  percent: number;
  /** weight × points / maxPoints: this path's share of the total. */
  weighted: number;
  indicators: IndicatorScore[];
}

export interface GradeRef {
  code: string;
  name: LocalizedText;
}

export interface ScoreResult {
  frameworkCode: string;
  frameworkVersion: number;
  total: number;
  grade: GradeRef;
  /** The grade the total alone would earn, before veto caps. */
  uncappedGrade: GradeRef;
  vetoes: { code: string; name: LocalizedText; capGrade: GradeRef }[];
  completeness: { answered: number; applicable: number; ratio: number };
  missing: string[];
  paths: PathScore[];
}

/** Self score (self values) and official score (reviewed value where present, else self). */
export interface DualScoreResult {
  self: ScoreResult;
  official: ScoreResult;
  /** self.total − official.total: positive means the branch rated itself higher (inflation). */
  gap: number;
  pathGaps: Record<string, number>;
}

/** A branch's figures as the aggregates need them. */
export interface BranchFigures {
  id: string;
  memberCount: number;
  total: number | null;
  gradeCode: string | null;
  /** path code → path percent. */
  paths: Record<string, number>;
  active?: boolean;
}

export interface Quartiles {
  q1: number;
  median: number;
  q3: number;
}

export interface AggregateFigures {
  /** Branches with a total. */
  assessed: number;
  /** Active branches. */
  expected: number;
  /** assessed / expected (0..1). */
  completion: number;
  mean: number | null;
  weightedMean: number | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
  min: number | null;
  max: number | null;
  gradeCounts: Record<string, number>;
  pathMeans: Record<string, number>;
}

export interface RankedEntry {
  id: string;
  total: number;
  /** Competition ranking: 1, 2, 2, 4. */
  rank: number;
  /** Share of the others with a lower total × 100; a lone entry is 100. */
  percentile: number;
}

export interface ChangeFigures {
  id: string;
  total: number | null;
  previousTotal: number | null;
  totalChange: number | null;
  rank: number | null;
  previousRank: number | null;
  /** previousRank − rank: positive means moved up. */
  rankChange: number | null;
}
