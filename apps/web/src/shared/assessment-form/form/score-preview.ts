import {
  type Framework,
  type ScoreResult,
  type Sector,
  scoreAssessment,
  ValueValidationError,
  type ValueMap,
} from '@pathboard/scoring';
import type { Entries } from './edit-session';
import type { FormIssues } from './form-validation';
import { type FormState, valuesFromFormState } from './form-values';

export function formStateOf(entries: Entries): FormState {
  return Object.fromEntries(Object.entries(entries).map(([code, entry]) => [code, entry.value]));
}

export interface ScorePreview {
  result: ScoreResult;
  /** Indicators left out of the preview because what was typed is not valid yet (scored as missing). */
  skipped: string[];
}

/**
 * The score the server will compute, computed in the browser with the same engine while the person
 * types. A field with a problem counts as unanswered here (the engine refuses invalid input as a
 * whole), and is listed so the preview can say so.
 */
export function previewScore(
  framework: Framework,
  entries: Entries,
  issues: FormIssues,
  sector?: Sector,
): ScorePreview {
  const values: ValueMap = valuesFromFormState(framework, formStateOf(entries), sector);
  const skipped = Object.keys(issues).filter((code) => issues[code]?.length && code in values);
  for (const code of skipped) values[code] = null;
  try {
    return { result: scoreAssessment(framework, values, { sector }), skipped };
  } catch (error) {
    if (!(error instanceof ValueValidationError)) throw error;
    // validateForm and the engine agree today; if they ever do not, still preview what is valid.
    const bad = [...new Set(error.issues.map((i) => i.indicator))];
    for (const code of bad) values[code] = null;
    return {
      result: scoreAssessment(framework, values, { sector }),
      skipped: [...skipped, ...bad.filter((c) => !skipped.includes(c))],
    };
  }
}
