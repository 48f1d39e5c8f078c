import { UseGuards } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuthGuard } from '../auth/auth.guard';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuditLogService } from './audit-log.service';
import { AuditEventsFilterInput } from './dto/audit-events.input';
import { AuditEventPage } from './models/audit-event.model';

@Resolver()
@UseGuards(AuthGuard)
export class AuditLogResolver {
  constructor(private readonly auditLog: AuditLogService) {}

  @Query(() => AuditEventPage, {
    description: 'ADMIN: the district audit log, newest first, paged and filtered',
  })
  auditEvents(
    @CurrentUser() user: AuthUser,
    @Args('filter', { type: () => AuditEventsFilterInput, nullable: true }) filter?: AuditEventsFilterInput,
  ): Promise<AuditEventPage> {
    return this.auditLog.page(user, filter ?? {});
  }
}
