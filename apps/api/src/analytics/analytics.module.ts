import { Module } from '@nestjs/common';
import { AnalyticsAccess } from './analytics-access';
import { AnalyticsContext } from './analytics-context';
import { AnalyticsResolver } from './analytics.resolver';
import { AnalyticsService } from './analytics.service';
import { BranchPageResolver } from './branch-page.resolver';
import { BranchPageService } from './branch-page.service';
import { FiguresPendingSweeper } from './figures/figures-pending-sweeper.service';
import { IndicatorMatrixResolver } from './indicator-matrix.resolver';
import { IndicatorMatrixService } from './indicator-matrix.service';
import { ScoreboardResolver } from './scoreboard.resolver';
import { ScoreboardService } from './scoreboard.service';

/** Committee aggregates over stored OFFICIAL scores (read-only; AccessPolicy comes from the global AuthModule). */
@Module({
  providers: [
    AnalyticsAccess,
    AnalyticsContext,
    ScoreboardService,
    AnalyticsService,
    ScoreboardResolver,
    AnalyticsResolver,
    IndicatorMatrixService,
    IndicatorMatrixResolver,
    BranchPageService,
    BranchPageResolver,
    FiguresPendingSweeper,
  ],
  exports: [ScoreboardService, AnalyticsService, BranchPageService],
})
export class AnalyticsModule {}
