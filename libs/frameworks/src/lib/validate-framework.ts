import type { Framework } from '@pathboard/scoring';
import type { FrameworkIssue } from './issues';
import { issuesFromSchemaErrors } from './schema-issues';
import { frameworkSchema, validatorFor } from './schemas';
import { semanticIssues } from './semantic-checks';

export type FrameworkValidation = { ok: true; framework: Framework } | { ok: false; errors: FrameworkIssue[] };

/**
 * Checks a parsed framework file: first its shape against schema/framework.schema.json, then
 * (only if the shape is right) the sums, order, uniqueness and references (semantic-checks.ts).
 * All problems of a stage are reported together so an author can fix them in one go.
 */
export function validateFramework(input: unknown): FrameworkValidation {
  const validate = validatorFor(frameworkSchema);
  if (!validate(input)) {
    return { ok: false, errors: issuesFromSchemaErrors(input, validate.errors ?? []) };
  }
  const framework = input as Framework;
  const errors = semanticIssues(framework);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, framework };
}
