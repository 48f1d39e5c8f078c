import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { unauthenticated } from '../common/errors';
import { AuthUser } from './auth-user';
import { getRequest } from './request-context';

/**
 * The authenticated caller (AuthUser). Throws UNAUTHENTICATED if there is none, unless used as
 * `@CurrentUser({ optional: true })` (then `AuthUser | undefined`, e.g. on fields of a @Public() result).
 */
export const CurrentUser = createParamDecorator(
  (data: { optional?: boolean } | undefined, context: ExecutionContext): AuthUser | undefined => {
    const user = getRequest(context)?.user;
    if (!user && !data?.optional) throw unauthenticated();
    return user;
  },
);
