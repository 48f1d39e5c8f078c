import { Module } from '@nestjs/common';
import { OrgUnitScopeLoader } from './org-unit-scope.loader';
import { OrgUnitResolver } from './org-unit.resolver';
import { OrgUnitsService } from './org-units.service';

@Module({ providers: [OrgUnitsService, OrgUnitResolver, OrgUnitScopeLoader], exports: [OrgUnitsService, OrgUnitScopeLoader] })
export class OrgUnitsModule {}
