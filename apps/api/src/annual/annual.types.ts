import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { AnalyticsUnitModel, FrameworkPathInfoModel } from '../analytics/models/scoreboard.model';
import { LocalizedTextModel } from '../frameworks/models/localized-text.model';

@ObjectType('AnnualGrade')
export class AnnualGradeModel {
  @Field()
  code!: string;

  @Field(() => LocalizedTextModel)
  name!: LocalizedTextModel;
}

@ObjectType('AnnualCap', {
  description: 'What capped an annual grade: an annual veto or an approved quarter’s veto.',
})
export class AnnualCapModel {
  @Field({ description: 'ANNUAL_VETO or QUARTER_VETO.' })
  source!: string;

  @Field(() => Int, { nullable: true })
  quarter!: number | null;

  @Field()
  code!: string;

  @Field(() => LocalizedTextModel)
  name!: LocalizedTextModel;

  @Field(() => AnnualGradeModel)
  capGrade!: AnnualGradeModel;
}

@ObjectType('AnnualQuarterLine')
export class AnnualQuarterLineModel {
  @Field(() => Int)
  quarter!: number;

  @Field(() => Float, { nullable: true })
  total!: number | null;

  @Field()
  approved!: boolean;

  @Field({ description: 'COUNTED, ZERO or EXCLUDED.' })
  status!: string;

  @Field(() => Float)
  share!: number;
}

@ObjectType('AnnualBranch', {
  description: 'A branch’s annual result (libs/scoring scoreYear) among its peers.',
})
export class AnnualBranchModel {
  @Field(() => ID)
  branchId!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => Float)
  total!: number;

  @Field(() => AnnualGradeModel)
  grade!: AnnualGradeModel;

  @Field(() => AnnualGradeModel)
  uncappedGrade!: AnnualGradeModel;

  @Field(() => AnnualCapModel, { nullable: true })
  cappedBy!: AnnualCapModel | null;

  @Field(() => Int)
  countedQuarters!: number;

  @Field(() => Float)
  quarterPoints!: number;

  @Field(() => Float)
  bonusPoints!: number;

  @Field(() => Float)
  deductionPoints!: number;

  @Field(() => [AnnualQuarterLineModel])
  quarters!: AnnualQuarterLineModel[];

  @Field(() => [Float], { description: 'Each path’s mean percent over the counted quarters.' })
  pathPercents!: number[];

  @Field(() => Int, { description: 'Competition rank among the peers (1, 1, 3).' })
  rank!: number;

  @Field(() => Int)
  peerCount!: number;

  @Field(() => Float, { description: 'Share of the other peers with a lower total × 100.' })
  percentile!: number;

  @Field(() => Float, { nullable: true })
  previousTotal!: number | null;

  @Field(() => Float, { nullable: true })
  totalChange!: number | null;

  @Field(() => Int, { nullable: true })
  previousRank!: number | null;

  @Field(() => Int, { nullable: true, description: 'Previous rank − rank: positive = moved up.' })
  rankChange!: number | null;

  @Field(() => LocalizedTextModel, {
    description: 'Which quarters counted, the formula, the grade and any cap.',
  })
  explanation!: LocalizedTextModel;
}

@ObjectType('AnnualChild')
export class AnnualChildModel {
  @Field(() => AnalyticsUnitModel)
  unit!: AnalyticsUnitModel;

  @Field(() => Int)
  branchCount!: number;

  @Field(() => Float, { nullable: true })
  mean!: number | null;

  @Field(() => [Int], { description: 'Branches per annual grade, in the grade list’s order.' })
  gradeCounts!: number[];
}

@ObjectType('AnnualScoreboard', { description: 'A unit’s year (年度考评): every branch’s annual result.' })
export class AnnualScoreboardModel {
  @Field(() => AnalyticsUnitModel)
  unit!: AnalyticsUnitModel;

  @Field(() => Int)
  year!: number;

  @Field({
    description:
      'OPEN (computed live: a quarter is still open), FROZEN (stored), CHANGED (a quarter reopened since).',
  })
  status!: string;

  @Field(() => Date, { nullable: true })
  frozenAt!: Date | null;

  @Field(() => Date, { nullable: true })
  changedAt!: Date | null;

  @Field({ description: 'mean, weighted or sum.' })
  method!: string;

  @Field({ description: 'exclude or zero.' })
  missingQuarter!: string;

  @Field(() => [String], { description: 'The year’s quarter codes.' })
  periods!: string[];

  @Field(() => Int, { nullable: true })
  previousYear!: number | null;

  @Field(() => [FrameworkPathInfoModel])
  paths!: FrameworkPathInfoModel[];

  @Field(() => [AnnualGradeModel])
  grades!: AnnualGradeModel[];

  @Field(() => Int)
  branchCount!: number;

  @Field(() => Float, { nullable: true })
  mean!: number | null;

  @Field(() => Float, { nullable: true })
  previousMean!: number | null;

  @Field(() => [Int])
  gradeCounts!: number[];

  @Field(() => Int)
  cappedCount!: number;

  @Field(() => [AnnualChildModel])
  children!: AnnualChildModel[];

  @Field(() => [AnnualBranchModel])
  branches!: AnnualBranchModel[];
}

@ObjectType('AnnualTrendPoint', {
  description: 'A unit’s (or a branch’s) year, for the trend’s year option.',
})
export class AnnualTrendPointModel {
  @Field(() => Int)
  year!: number;

  @Field({ description: 'OPEN, FROZEN or CHANGED.' })
  status!: string;

  @Field(() => Int, { description: 'Branches of the unit with an annual result.' })
  branchCount!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean annual total of the unit’s branches (a branch: its own total).',
  })
  mean!: number | null;

  @Field(() => AnnualGradeModel, { nullable: true, description: 'A branch’s annual grade; null for a unit.' })
  grade!: AnnualGradeModel | null;
}
