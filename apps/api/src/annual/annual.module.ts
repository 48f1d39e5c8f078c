import { Module } from '@nestjs/common';
import { AnnualResolver } from './annual.resolver';
import { AnnualService } from './annual.service';
import { AnnualValuesResolver } from './annual-values.resolver';
import { AnnualValuesService } from './annual-values.service';

/** The year (年度考评): annual figures, freezing, annual-only values (AccessPolicy and AuditService come from global modules). */
@Module({
  providers: [AnnualService, AnnualResolver, AnnualValuesService, AnnualValuesResolver],
  exports: [AnnualService],
})
export class AnnualModule {}
