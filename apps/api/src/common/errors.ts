import { GraphQLError } from 'graphql';

/** The error codes the API uses in `extensions.code`. Clients switch on these, never on messages. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface BadUserInputDetails {
  /** Input field path, e.g. `code` or `values.3.numerator`. */
  field?: string;
  /** Indicator code or id when the problem is one indicator's value. */
  indicator?: string;
  /** Further machine-readable details (kept small). */
  [key: string]: unknown;
}

/** Invalid input: the message names the field/indicator and the problem. */
export function badUserInput(message: string, details: BadUserInputDetails = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...details, code: ErrorCode.BAD_USER_INPUT } });
}

/** No or invalid/expired credentials. */
export function unauthenticated(message = 'Authentication required'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
}

/** Authenticated but not allowed (wrong role or out of scope). Prefer AccessPolicy, which also audits. */
export function forbidden(message = 'Not allowed'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

/** `notFound('OrgUnit', id)` → "OrgUnit <id> not found". */
export function notFound(entity: string, id?: string | number): GraphQLError {
  const message = id === undefined ? `${entity} not found` : `${entity} ${id} not found`;
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.NOT_FOUND, entity, ...(id === undefined ? {} : { id: String(id) }) },
  });
}

/** Optimistic-lock or uniqueness conflict; `currentVersion` lets the client reload and retry. */
export function conflict(
  message: string,
  currentVersion?: number | string | null,
  details: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      ...details,
      code: ErrorCode.CONFLICT,
      ...(currentVersion === undefined ? {} : { currentVersion }),
    },
  });
}

/** The caller has too much in flight (e.g. report downloads); over HTTP a 429. Try again later. */
export function tooManyRequests(message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...details, code: ErrorCode.TOO_MANY_REQUESTS } });
}

/** True when `err` is a GraphQLError with the given code. */
export function hasErrorCode(err: unknown, code: ErrorCode): boolean {
  return err instanceof GraphQLError && err.extensions?.['code'] === code;
}
