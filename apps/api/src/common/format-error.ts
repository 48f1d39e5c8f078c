import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { ErrorCode } from './errors';

/** Codes whose message is meant for the client. Anything else is an internal error. */
const CLIENT_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.NOT_FOUND,
  ErrorCode.CONFLICT,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export interface FormatErrorOptions {
  /** development: keep stack traces; otherwise strip them. */
  nodeEnv: string;
  /**
   * Strip graphql-js's "Did you mean …?" suggestions (fields, arguments, enum values, types, input
   * fields) from every error, validation and variable coercion alike: with introspection off they
   * would spell the schema out one guess at a time. Default: in production.
   */
  hideSchemaSuggestions?: boolean;
  logger?: Pick<Logger, 'error'>;
}

/**
 * Apollo formatError: clients get a code, a message and safe extensions; never a stack trace unless
 * NODE_ENV=development. Unexpected errors are logged and, outside development, reduced to
 * "Internal server error".
 */
export function createFormatError({
  nodeEnv,
  logger,
  hideSchemaSuggestions = nodeEnv === 'production',
}: FormatErrorOptions) {
  const dev = nodeEnv === 'development';
  return (original: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const formatted = hideSchemaSuggestions
      ? { ...original, message: withoutSuggestions(original.message) }
      : original;
    const { stacktrace, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    const code =
      typeof extensions['code'] === 'string'
        ? (extensions['code'] as string)
        : ErrorCode.INTERNAL_SERVER_ERROR;
    if (CLIENT_CODES.has(code)) {
      return {
        ...formatted,
        extensions: dev && stacktrace ? { ...extensions, code, stacktrace } : { ...extensions, code },
      };
    }
    logger?.error(
      { err: (error as { originalError?: unknown })?.originalError ?? error, path: formatted.path },
      'unexpected GraphQL error',
    );
    return {
      message: dev || nodeEnv === 'test' ? formatted.message : 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions:
        dev && stacktrace
          ? { code: ErrorCode.INTERNAL_SERVER_ERROR, stacktrace }
          : { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/**
 * graphql-js appends its suggestions as a last sentence: ` Did you mean "a", "b", or "c"?`, ` Did you
 * mean the enum value "X"?`, ` Did you mean to use an inline fragment on "T"?`.
 */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean\b[^?]*\?/g, '');
}
