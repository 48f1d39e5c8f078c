import type { Framework } from '@pathboard/scoring';
import type { FrameworkIssueRow } from './framework-file';

/**
 * What the what-if form edits on top of a base framework: each path's weight, each grade's minimum
 * and, by indicator code, the numeric rule parameters changed (null: cleared).
 */
export interface DraftEdits {
  weights: Record<string, number>;
  gradeMins: Record<string, number>;
  params: Record<string, Record<string, number | null>>;
}

export function editsOf(framework: Framework): DraftEdits {
  return {
    weights: Object.fromEntries(framework.paths.map((p) => [p.code, p.weight])),
    gradeMins: Object.fromEntries(framework.grades.map((g) => [g.code, g.min])),
    params: {},
  };
}

/** The edits with one rule parameter of indicator `code` set (a copy). */
export function withParam(edits: DraftEdits, code: string, key: string, value: number | null): DraftEdits {
  return { ...edits, params: { ...edits.params, [code]: { ...edits.params[code], [key]: value } } };
}

/** How many rule parameters the edits change. */
export function changedParams(edits: DraftEdits): number {
  return Object.values(edits.params).reduce((n, byKey) => n + Object.keys(byKey).length, 0);
}

/**
 * The draft: the base with the edits applied (a copy; the base is left as it was). A cleared
 * parameter is left out, so an optional one takes its default and a required one is named by the
 * validator.
 */
export function applyEdits(base: Framework, edits: DraftEdits): Framework {
  return {
    ...base,
    paths: base.paths.map((p) => ({
      ...p,
      weight: edits.weights[p.code] ?? p.weight,
      indicators: p.indicators.map((indicator) => {
        const changed = edits.params[indicator.code];
        if (!changed) return indicator;
        const rule = { ...indicator.rule } as Record<string, unknown>;
        for (const [key, value] of Object.entries(changed)) {
          if (value === null) delete rule[key];
          else rule[key] = value;
        }
        return { ...indicator, rule: rule as unknown as typeof indicator.rule };
      }),
    })),
    grades: base.grades.map((g) => ({ ...g, min: edits.gradeMins[g.code] ?? g.min })),
  };
}

/** Σ weights, to show beside the inputs (the server refuses a draft whose weights do not sum to 100). */
export function weightSum(edits: DraftEdits): number {
  return Math.round(Object.values(edits.weights).reduce((s, w) => s + w, 0) * 100) / 100;
}

/**
 * A validator's problem as the what-if form says it: by the name of what it is about (the indicator's
 * or the path's, read from the draft), never by its location key (`paths`, `paths[0].indicators[2]
 * .rule.target`), which means nothing to office staff. The editor (FrameworkEditor) words its problems
 * the same way: `problem`, the words without the location, its field saying where.
 */
export function whatIfIssueText(row: FrameworkIssueRow, draft: Framework | null, lang: 'zh' | 'en'): string {
  const problem = (row.problem ?? row.message)[lang];
  const paths = draft?.paths ?? [];
  const indicator = row.indicator
    ? paths.flatMap((p) => p.indicators).find((i) => i.code === row.indicator)
    : undefined;
  const subject = indicator?.name[lang] ?? paths.find((p) => p.code === row.path)?.name[lang];
  return subject ? `${subject}${lang === 'zh' ? '：' : ': '}${problem}` : problem;
}

/** Several problems on one line, as the form's other alerts join them. */
export function whatIfIssuesText(
  rows: readonly FrameworkIssueRow[],
  draft: Framework | null,
  lang: 'zh' | 'en',
): string {
  return rows.map((r) => whatIfIssueText(r, draft, lang)).join(lang === 'zh' ? '；' : '; ');
}
