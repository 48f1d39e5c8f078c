import { Module } from '@nestjs/common';
import { EvidenceModule } from '../evidence/evidence.module';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { RectificationExportController } from './rectification-export.controller';
import { RectificationCreatorService } from './rectification-creator.service';
import { RectificationCountsService } from './rectification-counts.service';
import { RectificationResolver } from './rectification.resolver';
import { RectificationService } from './rectification.service';

@Module({
  imports: [FrameworksModule, NotificationsModule, EvidenceModule],
  controllers: [RectificationExportController],
  providers: [
    RectificationService,
    RectificationCreatorService,
    RectificationCountsService,
    RectificationResolver,
  ],
  exports: [RectificationCreatorService],
})
export class RectificationModule {}
