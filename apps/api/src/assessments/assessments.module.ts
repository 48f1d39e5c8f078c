import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { RectificationModule } from '../rectification/rectification.module';
import { AssessmentAccess } from './assessment-access';
import { AssessmentMutationsService } from './assessment-mutations.service';
import { AssessmentWriteSteps } from './assessment-write-steps.service';
import { AssessmentResolver } from './assessment.resolver';
import { AssessmentLoadersFactory } from './assessment.loaders';
import { AssessmentsService } from './assessments.service';
import { SectorChangeService } from './sector-change.service';
import { AssessmentPathScoreEntity } from './entities/assessment-path-score.entity';
import { AssessmentScoreEntity } from './entities/assessment-score.entity';
import { AssessmentStatusChangeEntity } from './entities/assessment-status-change.entity';
import { AssessmentEntity } from './entities/assessment.entity';
import { IndicatorValueEntity } from './entities/indicator-value.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      AssessmentEntity,
      IndicatorValueEntity,
      AssessmentScoreEntity,
      AssessmentPathScoreEntity,
      AssessmentStatusChangeEntity,
    ]),
    FrameworksModule,
    NotificationsModule,
    RectificationModule,
  ],
  providers: [
    AssessmentsService,
    AssessmentMutationsService,
    AssessmentWriteSteps,
    SectorChangeService,
    AssessmentAccess,
    AssessmentLoadersFactory,
    AssessmentResolver,
  ],
  exports: [AssessmentsService, AssessmentMutationsService, AssessmentWriteSteps, SectorChangeService],
})
export class AssessmentsModule {}
