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
  logger?: Pick<Logger, 'error'>;
}

/**
 * Apollo formatError: clients get a code, a message and safe extensions; never a stack trace unless
 * NODE_ENV=development. Unexpected errors are logged and, outside development, reduced to
 * "Internal server error".
 */
export function createFormatError({ nodeEnv, logger }: FormatErrorOptions) {
  const dev = nodeEnv === 'development';
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const { stacktrace, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    const code = typeof extensions['code'] === 'string' ? (extensions['code'] as string) : ErrorCode.INTERNAL_SERVER_ERROR;
    if (CLIENT_CODES.has(code)) {
      return { ...formatted, extensions: dev && stacktrace ? { ...extensions, code, stacktrace } : { ...extensions, code } };
    }
    logger?.error({ err: (error as { originalError?: unknown })?.originalError ?? error, path: formatted.path }, 'unexpected GraphQL error');
    return {
      message: dev || nodeEnv === 'test' ? formatted.message : 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: dev && stacktrace ? { code: ErrorCode.INTERNAL_SERVER_ERROR, stacktrace } : { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
