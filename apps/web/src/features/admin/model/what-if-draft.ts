import type { Framework } from '@pathboard/scoring';

/** What the what-if form edits on top of a base framework: each path's weight and each grade's minimum. */
export interface DraftEdits {
  weights: Record<string, number>;
  gradeMins: Record<string, number>;
}

export function editsOf(framework: Framework): DraftEdits {
  return {
    weights: Object.fromEntries(framework.paths.map((p) => [p.code, p.weight])),
    gradeMins: Object.fromEntries(framework.grades.map((g) => [g.code, g.min])),
  };
}

/** The draft: the base with the edits applied (a copy; the base is left as it was). */
export function applyEdits(base: Framework, edits: DraftEdits): Framework {
  return {
    ...base,
    paths: base.paths.map((p) => ({ ...p, weight: edits.weights[p.code] ?? p.weight })),
    grades: base.grades.map((g) => ({ ...g, min: edits.gradeMins[g.code] ?? g.min })),
  };
}

/** Σ weights, to show beside the inputs (the server refuses a draft whose weights do not sum to 100). */
export function weightSum(edits: DraftEdits): number {
  return Math.round(Object.values(edits.weights).reduce((s, w) => s + w, 0) * 100) / 100;
}
