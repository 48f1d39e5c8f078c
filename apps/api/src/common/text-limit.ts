import { maxLength, ValidationError } from 'class-validator';
import type { GraphQLError } from 'graphql';
import { validationErrorsToGraphQLError } from './validation';

/**
 * Refuses a text longer than `limit` (from @pathboard/text-limits) exactly as a DTO's `@MaxLength`
 * is refused by the ValidationPipe: "values.3.evidence: evidence must be shorter than or equal to
 * 4000 characters", with extensions.field and .problems, counted as class-validator counts. For
 * texts no DTO checks: scalar arguments, and the items of list arguments (the pipe skips arrays).
 */
export function assertTextFits(
  field: string,
  value: unknown,
  limit: number,
  details: Record<string, unknown> = {},
): void {
  if (typeof value === 'string' && !maxLength(value, limit)) throw textTooLong(field, limit, details);
}

/** The error assertTextFits throws, for `field` a path such as `reason` or `values.3.evidence`. */
function textTooLong(field: string, limit: number, details: Record<string, unknown> = {}): GraphQLError {
  const name = field.slice(field.lastIndexOf('.') + 1);
  const error = Object.assign(new ValidationError(), {
    property: field,
    children: [],
    // class-validator's own MaxLength message.
    constraints: { maxLength: `${name} must be shorter than or equal to ${limit} characters` },
  });
  return validationErrorsToGraphQLError([error], details);
}
