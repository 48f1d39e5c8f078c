import { Module } from '@nestjs/common';
import { AnnualResolver } from './annual.resolver';
import { AnnualService } from './annual.service';

/** The year (年度考评): annual figures, freezing (AccessPolicy and AuditService come from global modules). */
@Module({
  providers: [AnnualService, AnnualResolver],
  exports: [AnnualService],
})
export class AnnualModule {}
