import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { PeriodEntity } from './entities/period.entity';
import { PeriodsResolver } from './periods.resolver';
import { PeriodsService } from './periods.service';

@Module({
  imports: [TypeOrmModule.forFeature([PeriodEntity]), FrameworksModule],
  providers: [PeriodsService, PeriodsResolver],
  exports: [PeriodsService],
})
export class PeriodsModule {}
