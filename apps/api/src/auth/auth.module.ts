import { Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { UserEntity } from '../users/user.entity';
import { AccessDeniedAuditPlugin } from './access-denied-audit.plugin';
import { AccessPolicy } from './access-policy.service';
import { AuthGuard } from './auth.guard';
import { GraphQLErrorHttpFilter } from './graphql-error-http.filter';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginDistricts } from './login-districts';
import { LoginThrottle } from './login-throttle';
import { TokenService } from './token.service';

/** Global: AccessPolicy, AuthGuard (also the global deny-by-default guard) and TokenService for every feature. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, OrgUnitEntity])],
  providers: [
    AccessPolicy,
    AuthService,
    TokenService,
    LoginThrottle,
    LoginDistricts,
    AuthGuard,
    AuthResolver,
    AccessDeniedAuditPlugin,
    { provide: APP_GUARD, useExisting: AuthGuard },
    { provide: APP_FILTER, useClass: GraphQLErrorHttpFilter },
  ],
  exports: [AccessPolicy, AuthService, TokenService, LoginThrottle, AuthGuard],
})
export class AuthModule {}
