import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { unauthenticated } from '../common/errors';
import { AuthService } from './auth.service';
import { IS_PUBLIC } from './public.decorator';
import { getRequest } from './request-context';

/**
 * Requires a valid bearer token unless the handler or class is @Public(). Registered globally
 * (deny by default) and also usable as `@UseGuards(AuthGuard)` at class level; the caller is
 * resolved once per request and cached on `req.user`.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    const req = getRequest(context);
    if (!req) throw unauthenticated();
    if (req.user) return true;
    const header = req.headers?.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) throw unauthenticated('Authentication required: send Authorization: Bearer <token>');
    req.user = await this.auth.authenticate(match[1]);
    return true;
  }
}
