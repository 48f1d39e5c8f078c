import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../common/errors';
import { AccessPolicy } from './access-policy.service';

const STATUS: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.TOO_MANY_REQUESTS]: 429,
};

interface JsonResponse {
  headersSent?: boolean;
  status(code: number): JsonResponse;
  json(body: unknown): void;
}

/**
 * Lets services throw the same GraphQLError helpers (and AccessPolicy denials) from REST controllers
 * (file downloads, uploads): over HTTP they become 400/401/403/404/409/429 `{ code, message, ...extensions }`,
 * and denials are written as ACCESS_DENIED. In GraphQL the error passes through untouched.
 */
@Catch(GraphQLError)
export class GraphQLErrorHttpFilter implements ExceptionFilter<GraphQLError> {
  constructor(private readonly policy: AccessPolicy) {}

  catch(exception: GraphQLError, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'http') return exception;
    const res = host.switchToHttp().getResponse<JsonResponse>();
    const code = String(exception.extensions?.['code'] ?? ErrorCode.INTERNAL_SERVER_ERROR);
    const status = STATUS[code] ?? 500;
    const body = {
      ...exception.extensions,
      code,
      message: status === 500 ? 'Internal server error' : exception.message,
    };
    return this.policy.recordDenial(exception).finally(() => {
      if (!res.headersSent) res.status(status).json(body);
    });
  }
}
