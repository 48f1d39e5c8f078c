import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  mixin,
  type NestInterceptor,
  type Type,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { catchError, from, mergeMap, type Observable, throwError } from 'rxjs';
import { DataSource } from 'typeorm';
import type { AppRequest } from '../auth/request-context';
import { PINO_LOGGER } from '../common/logger';
import { AuditService } from './audit.service';
import { recordRefusal, type RefusalDetails } from './refusal-audit';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Audits every refusal of an HTTP route as `action` (refusal-audit.ts). Put it FIRST in
 * `@UseInterceptors(AuditRefusals(...), FileInterceptor(...))`: it then also sees the upload limits
 * the file interceptor enforces. `target` names the target from the request when the refusing code
 * attached nothing (an id only when it is a UUID).
 */
export function AuditRefusals(
  action: string,
  target: (query: URLSearchParams) => { type: string; id?: string | null; details?: Record<string, unknown> },
): Type<NestInterceptor> {
  @Injectable()
  class AuditRefusalsInterceptor implements NestInterceptor {
    constructor(
      private readonly audit: AuditService,
      @InjectDataSource() private readonly dataSource: DataSource,
      @Inject(PINO_LOGGER) private readonly log: Logger,
    ) {}

    intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
      const req = context.switchToHttp().getRequest<AppRequest>();
      return next.handle().pipe(
        catchError((err: unknown) => {
          const user = req.user;
          if (!user) return throwError(() => err);
          const t = target(new URL(req.url, 'http://local').searchParams);
          const fallback: RefusalDetails = {
            targetType: t.type,
            targetId: t.id && UUID.test(t.id) ? t.id : null,
            details: t.details,
          };
          const deps = { audit: this.audit, manager: this.dataSource.manager, log: this.log };
          return from(recordRefusal(deps, user, action, err, fallback)).pipe(
            mergeMap(() => throwError(() => err)),
          );
        }),
      );
    }
  }
  return mixin(AuditRefusalsInterceptor);
}
