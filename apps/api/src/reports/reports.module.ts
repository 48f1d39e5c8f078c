import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { ImportsController } from './imports.controller';
import { ReportAccess } from './report-access';
import { ReportDataLoader } from './report-data.loader';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';
import { ValuesImportService } from './values-import.service';

/** Report downloads (季度通报 xlsx/pdf, branch pdf) and the spreadsheet import, over plain HTTP under /api. */
@Module({
  imports: [AssessmentsModule, FrameworksModule],
  controllers: [ReportsController, ImportsController],
  providers: [ReportAccess, ReportDataLoader, ReportsService, ValuesImportService],
})
export class ReportsModule {}
