import { describeInput, type Framework, type IndicatorInput } from '@pathboard/scoring';
import type { Entries } from '../../../shared/assessment-form/form/edit-session';
import type { FieldSpec } from '../../../shared/assessment-form/form/field-spec';
import { toIndicatorInput } from '../../../shared/assessment-form/form/form-values';

/**
 * Answered as the engine counts it: a half-filled fraction is still unanswered, and so is a value
 * with a problem (`invalid`: the score preview's `skipped`, scored as missing), so that the path
 * links and the footer's 已填 count the same indicators.
 */
export function isAnswered(spec: FieldSpec, entries: Entries, invalid: ReadonlySet<string> = NONE): boolean {
  return !invalid.has(spec.code) && toIndicatorInput(spec, entries[spec.code]?.value ?? null) !== null;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * The next indicator still to fill in after `after` (in form order, wrapping round to the top),
 * or null when every one is answered. Without `after`, the first unanswered one.
 */
export function nextUnfilled(
  specs: readonly FieldSpec[],
  entries: Entries,
  after?: string | null,
  invalid: ReadonlySet<string> = NONE,
): string | null {
  const start = after ? specs.findIndex((s) => s.code === after) + 1 : 0;
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[(start + i) % specs.length];
    if (!isAnswered(spec, entries, invalid)) return spec.code;
  }
  return null;
}

export interface PathProgress {
  pathCode: string;
  answered: number;
  total: number;
}

/** How far each path is filled in, for the jump links at the top of the form. */
export function pathProgress(
  groups: readonly { pathCode: string; fields: FieldSpec[] }[],
  entries: Entries,
  invalid: ReadonlySet<string> = NONE,
): PathProgress[] {
  return groups.map((g) => ({
    pathCode: g.pathCode,
    answered: g.fields.filter((s) => isAnswered(s, entries, invalid)).length,
    total: g.fields.length,
  }));
}

/** The quarter before a quarterly period code (2026Q1 → 2025Q4); null for anything else (a year). */
export function previousQuarter(period: string): string | null {
  const match = /^(\d{4})Q([1-4])$/.exec(period);
  if (!match) return null;
  const year = Number(match[1]);
  const quarter = Number(match[2]);
  return quarter === 1 ? `${year - 1}Q4` : `${year}Q${quarter - 1}`;
}

export interface StoredValue {
  indicatorCode: string;
  selfValue?: unknown;
  reviewedValue?: unknown;
}

/**
 * Last quarter's value of each indicator, in words, as it counted: the reviewer's value where there
 * is one, else the branch's own. Indicators the current framework no longer has are left out.
 */
export function previousValueTexts(
  framework: Framework,
  values: readonly StoredValue[],
  lang: 'zh' | 'en',
): Map<string, string> {
  const known = new Set(framework.paths.flatMap((p) => p.indicators.map((i) => i.code)));
  const texts = new Map<string, string>();
  for (const v of values) {
    const input = (v.reviewedValue ?? v.selfValue ?? null) as IndicatorInput;
    if (!known.has(v.indicatorCode) || input === null) continue;
    texts.set(v.indicatorCode, describeInput(framework, v.indicatorCode, input)[lang]);
  }
  return texts;
}
