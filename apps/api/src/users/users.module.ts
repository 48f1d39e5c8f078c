import { Module } from '@nestjs/common';
import { OrgUnitsModule } from '../org-units/org-units.module';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({ imports: [OrgUnitsModule], providers: [UsersService, UsersResolver], exports: [UsersService] })
export class UsersModule {}
