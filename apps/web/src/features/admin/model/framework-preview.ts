import {
  sampleInput,
  scoreAssessment,
  ValueValidationError,
  type Framework,
  type GradeRef,
  type Indicator,
  type Sector,
  type ValueMap,
} from '@pathboard/scoring';

/** How good the sample branch is, in [0, 1] (sampleInput: higher is nearer full marks). */
export const SAMPLE_QUALITY = 0.7;

/** A small deterministic generator (mulberry32) seeded by the indicator code: same code, same value. */
function seeded(code: string): () => number {
  let a = [...code].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const appliesTo = (indicator: Indicator, sector: Sector) =>
  !indicator.sectors || indicator.sectors.includes(sector);

/**
 * A sample branch's values for `framework` (the registry's sampleInput, as the demo seeder makes
 * them), each depending only on the indicator's code and rule.
 */
export function sampleValues(framework: Framework, sector: Sector): ValueMap {
  const values: ValueMap = {};
  for (const path of framework.paths)
    for (const indicator of path.indicators)
      if (appliesTo(indicator, sector))
        values[indicator.code] = sampleInput(indicator.rule, SAMPLE_QUALITY, seeded(indicator.code));
  return values;
}

export interface PreviewScore {
  total: number;
  grade: GradeRef;
}

/**
 * `values` scored by `framework` with libs/scoring. The draft's parameters may make a value
 * invalid (a checklist item removed): such values count as unanswered.
 */
export function previewScore(framework: Framework, values: ValueMap, sector: Sector): PreviewScore {
  const own = { ...values };
  const score = () => scoreAssessment(framework, own, { sector });
  try {
    const { total, grade } = score();
    return { total, grade };
  } catch (error) {
    if (!(error instanceof ValueValidationError)) throw error;
    for (const issue of error.issues) own[issue.indicator] = null;
    const { total, grade } = score();
    return { total, grade };
  }
}

export interface DraftPreview {
  before: PreviewScore;
  /** Null while the draft has problems (the engine scores only a valid framework). */
  after: PreviewScore | null;
}

/**
 * One sample branch under the base and under the draft: an indicator the draft keeps keeps the
 * base's value (same branch, new rules); a new indicator gets a sample value of its own; a removed
 * one is left out.
 */
export function previewDraft(
  base: Framework,
  draft: Framework,
  draftValid: boolean,
  sector: Sector,
): DraftPreview {
  const baseValues = sampleValues(base, sector);
  const before = previewScore(base, baseValues, sector);
  if (!draftValid) return { before, after: null };
  const draftValues = sampleValues(draft, sector);
  for (const code of Object.keys(draftValues)) if (code in baseValues) draftValues[code] = baseValues[code];
  return { before, after: previewScore(draft, draftValues, sector) };
}
