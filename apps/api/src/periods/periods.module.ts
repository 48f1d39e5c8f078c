import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AnnualModule } from '../annual/annual.module';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PeriodEntity } from './entities/period.entity';
import { OpenPeriodAssessments } from './open-period-assessments';
import { PeriodsResolver } from './periods.resolver';
import { PeriodsService } from './periods.service';

@Module({
  imports: [TypeOrmModule.forFeature([PeriodEntity]), FrameworksModule, NotificationsModule, AnnualModule],
  providers: [PeriodsService, PeriodsResolver, OpenPeriodAssessments],
  exports: [PeriodsService, OpenPeriodAssessments],
})
export class PeriodsModule {}
