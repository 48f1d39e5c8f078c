import { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { HttpRequest } from '../common/http-types';
import { AuthUser } from './auth-user';

/** The express request, with the caller attached by AuthGuard. */
export type AppRequest = HttpRequest & { user?: AuthUser };

/** The request of a GraphQL or HTTP execution context. */
export function getRequest(context: ExecutionContext): AppRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: AppRequest }>().req;
  }
  return context.switchToHttp().getRequest<AppRequest>();
}
