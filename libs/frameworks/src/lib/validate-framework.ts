import type { Framework } from '@pathboard/scoring';
import type { FrameworkIssue } from './issues';
import { issuesFromSchemaErrors } from './schema-issues';
import { validateFrameworkShape } from './schemas';
import { annualIssues } from './annual-checks';
import { semanticIssues } from './semantic-checks';
import { sizeIssues } from './size-limits';

/** At most this many issues are returned; `omitted` says how many more there were. */
export const MAX_REPORTED_ISSUES = 100;

export type FrameworkValidation =
  | { ok: true; framework: Framework }
  | { ok: false; errors: FrameworkIssue[]; /** Issues found beyond MAX_REPORTED_ISSUES. */ omitted: number };

/**
 * Checks a parsed framework file: first its sizes (size-limits.ts: list caps and a total, so the
 * rest only ever runs on a bounded input), then its shape against schema/framework.schema.json,
 * then (only if the shape is right) the sums, order, uniqueness and references (semantic-checks.ts).
 * All problems of a stage are reported together (up to MAX_REPORTED_ISSUES) so an author can fix
 * them in one go.
 */
export function validateFramework(input: unknown): FrameworkValidation {
  const tooLarge = sizeIssues(input);
  if (tooLarge.length > 0) return refused(tooLarge);
  const validate = validateFrameworkShape;
  if (!validate(input)) return refused(issuesFromSchemaErrors(input, validate.errors ?? []));
  const framework = input as Framework;
  const errors = [...semanticIssues(framework), ...annualIssues(framework)];
  return errors.length > 0 ? refused(errors) : { ok: true, framework };
}

function refused(errors: FrameworkIssue[]): FrameworkValidation {
  return {
    ok: false,
    errors: errors.slice(0, MAX_REPORTED_ISSUES),
    omitted: Math.max(0, errors.length - MAX_REPORTED_ISSUES),
  };
}
