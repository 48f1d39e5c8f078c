import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module';
import { PeriodsModule } from '../periods/periods.module';
import { AssessedParentGuard } from './assessed-parent';
import { OrgUnitPinyinLoader } from './org-unit-pinyin.loader';
import { OrgUnitScopeLoader } from './org-unit-scope.loader';
import { OrgUnitResolver } from './org-unit.resolver';
import { OrgUnitsService } from './org-units.service';

/**
 * PeriodsModule: open periods' assessments follow the tree (OpenPeriodAssessments).
 * AssessmentsModule: a sector change realigns the branch's open assessments (SectorChangeService).
 */
@Module({
  imports: [PeriodsModule, AssessmentsModule],
  providers: [OrgUnitsService, OrgUnitResolver, OrgUnitScopeLoader, OrgUnitPinyinLoader, AssessedParentGuard],
  exports: [OrgUnitsService, OrgUnitScopeLoader],
})
export class OrgUnitsModule {}
