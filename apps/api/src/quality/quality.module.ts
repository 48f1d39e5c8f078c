import { Module } from '@nestjs/common';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { QualityResolver } from './quality.resolver';
import { QualityChecksService } from './quality-checks.service';
import { QualityService } from './quality.service';
import { ReviewQueueService } from './review-queue.service';
import { WhatIfService } from './what-if.service';

/** Data checks on a quarter's values, review by risk and what-if (AccessPolicy from the global AuthModule). */
@Module({
  imports: [FrameworksModule],
  providers: [QualityChecksService, QualityService, ReviewQueueService, WhatIfService, QualityResolver],
  exports: [QualityService],
})
export class QualityModule {}
