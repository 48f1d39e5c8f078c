import { UseGuards } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuthGuard } from '../auth/auth.guard';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { IndicatorMatrixArgs } from './dto/indicator-matrix.args';
import { IndicatorMatrixModel } from './models/indicator-matrix.model';
import { IndicatorMatrixService } from './indicator-matrix.service';

@Resolver(() => IndicatorMatrixModel)
@UseGuards(AuthGuard)
export class IndicatorMatrixResolver {
  constructor(private readonly matrices: IndicatorMatrixService) {}

  @Query(() => IndicatorMatrixModel, {
    description:
      "ADMIN/REVIEWER/VIEWER: one path's indicators and, for every reported (SUBMITTED or APPROVED) branch of the unit's subtree, its official indicator points — the overview's indicator heatmap.",
  })
  indicatorMatrix(
    @CurrentUser() user: AuthUser,
    @Args() args: IndicatorMatrixArgs,
  ): Promise<IndicatorMatrixModel> {
    return this.matrices.indicatorMatrix(
      user,
      args.unitId,
      args.period,
      args.pathCode,
      args.branchIds ?? null,
    );
  }
}
