import { ValidationError, ValidationPipe } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { badUserInput } from './errors';

interface Problem {
  field: string;
  messages: string[];
}

/** Flatten class-validator errors to `field.path: problem` (nested inputs and arrays included). */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): Problem[] {
  const out: Problem[] = [];
  for (const e of errors) {
    const field = parent ? `${parent}.${e.property}` : e.property;
    if (e.constraints && Object.keys(e.constraints).length > 0)
      out.push({ field, messages: Object.values(e.constraints) });
    if (e.children?.length) out.push(...flattenValidationErrors(e.children, field));
  }
  return out;
}

/**
 * One BAD_USER_INPUT error: message "field: problem; ...", extensions.field = the first field,
 * extensions.problems = all; `details` adds further extensions (e.g. the indicator a list item is for).
 */
export function validationErrorsToGraphQLError(
  errors: ValidationError[],
  details: Record<string, unknown> = {},
): GraphQLError {
  const problems = flattenValidationErrors(errors);
  const first = problems[0];
  if (!first) return badUserInput('Invalid input');
  const message = problems.map((p) => `${p.field}: ${p.messages.join(', ')}`).join('; ');
  return badUserInput(message, {
    ...details,
    field: first.field,
    problems: problems.map((p) => ({ field: p.field, message: p.messages.join(', ') })),
  });
}

/** The global pipe: validate + transform DTOs, strip nothing silently (unknown fields are refused by GraphQL anyway). */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationErrorsToGraphQLError(errors),
  });
}
