import { Module } from '@nestjs/common';
import { AnnualModule } from '../annual/annual.module';
import { AssessmentsModule } from '../assessments/assessments.module';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ImportsController } from './imports.controller';
import { ReportAccess } from './report-access';
import { ReportDataLoader } from './report-data.loader';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';
import { AnnualReportsService } from './annual-reports.service';
import { ReportRenderPool } from './render/report-render.pool';
import { UserRenderSlots } from './render/user-render-slots';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ValuesImportService } from './values-import.service';

/** Report downloads (季度通报 xlsx/pdf, branch pdf; rendered on a worker pool, a few per user at a time) and the spreadsheet import, over plain HTTP under /api. */
@Module({
  imports: [AssessmentsModule, FrameworksModule, AnnualModule, NotificationsModule],
  controllers: [ReportsController, ImportsController],
  providers: [
    ReportAccess,
    ReportDataLoader,
    ReportsService,
    AnnualReportsService,
    ValuesImportService,
    ReportRenderPool,
    {
      provide: UserRenderSlots,
      useFactory: (config: AppConfig) => new UserRenderSlots(config.reportRendersPerUser),
      inject: [APP_CONFIG],
    },
  ],
})
export class ReportsModule {}
