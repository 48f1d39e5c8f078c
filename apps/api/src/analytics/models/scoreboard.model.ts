import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { AssessmentStatusEnum } from '../../assessments/models/assessment.model';
import { LocalizedTextModel } from '../../frameworks/models/localized-text.model';
import { OrgUnitKind, Sector } from '../../org-units/org-unit.enums';
import { UnitFiguresModel } from './unit-figures.model';
import type { UnitPeriod } from '../analytics-context';

@ObjectType('AnalyticsUnit')
export class AnalyticsUnitModel {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => OrgUnitKind)
  kind!: OrgUnitKind;

  @Field()
  active!: boolean;
}

@ObjectType('FrameworkPathInfo')
export class FrameworkPathInfoModel {
  @Field()
  code!: string;

  @Field(() => LocalizedTextModel)
  name!: LocalizedTextModel;

  @Field(() => Float)
  weight!: number;
}

@ObjectType('FrameworkGradeInfo')
export class FrameworkGradeInfoModel {
  @Field()
  code!: string;

  @Field(() => LocalizedTextModel)
  name!: LocalizedTextModel;

  @Field(() => Float)
  min!: number;
}

@ObjectType('ScoreboardChild', {
  description: 'A direct child of the unit: a street aggregates its branches, a branch is itself.',
})
export class ScoreboardChildModel {
  @Field(() => AnalyticsUnitModel)
  unit!: AnalyticsUnitModel;

  @Field(() => UnitFiguresModel)
  figures!: UnitFiguresModel;

  @Field(() => Int, {
    nullable: true,
    description: 'Competition rank (1, 2, 2, 4) among the children on the mean (a branch: its total).',
  })
  rank!: number | null;

  @Field(() => Int, { nullable: true, description: 'The same rank in the previous quarter.' })
  previousRank!: number | null;

  @Field(() => Int, { nullable: true, description: 'previousRank − rank: positive means moved up.' })
  rankChange!: number | null;
}

@ObjectType('ScoreboardBranch', {
  description: 'One branch of the subtree, for the dashboard heatmap and table.',
})
export class ScoreboardBranchModel {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The direct child of the scoreboard unit that contains this branch (null when the unit is the branch).',
  })
  childId!: string | null;

  @Field(() => Sector, { nullable: true })
  sector!: Sector | null;

  @Field(() => Int)
  memberCount!: number;

  @Field()
  active!: boolean;

  @Field(() => AssessmentStatusEnum, { nullable: true, description: 'Null: no assessment in the period.' })
  status!: AssessmentStatusEnum | null;

  @Field(() => Boolean, { nullable: true })
  onTime!: boolean | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Official total once reported (SUBMITTED or APPROVED); null for a DRAFT or RETURNED assessment, whose score is provisional.',
  })
  total!: number | null;

  @Field(() => String, { nullable: true })
  gradeCode!: string | null;

  @Field(() => Boolean, { nullable: true })
  veto!: boolean | null;

  // Also null when a path score row is missing (never a partial list: the items are non-null).
  @Field(() => [Float], {
    nullable: true,
    description:
      'Official path percents, aligned with Scoreboard.paths (null when not assessed, i.e. not reported).',
  })
  pathPercents!: number[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Competition rank among all assessed (reported) branches of the scoreboard unit.',
  })
  rank!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of the other assessed branches of the unit with a lower total × 100.',
  })
  percentile!: number | null;

  @Field(() => Float, { nullable: true })
  previousTotal!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Rank among the branches of the unit reported in the previous quarter.',
  })
  previousRank!: number | null;

  @Field(() => Float, { nullable: true })
  totalChange!: number | null;

  @Field(() => Int, { nullable: true, description: 'previousRank − rank: positive means moved up.' })
  rankChange!: number | null;
}

@ObjectType('Scoreboard', {
  description:
    "A unit's committee dashboard for one period, from the OFFICIAL scores of reported (SUBMITTED or APPROVED) assessments.",
})
export class ScoreboardModel {
  @Field(() => AnalyticsUnitModel)
  unit!: AnalyticsUnitModel;

  @Field({ description: 'Period code, e.g. 2026Q4.' })
  period!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The quarter compared against (null when the district has none).',
  })
  previousPeriod!: string | null;

  @Field(() => [FrameworkPathInfoModel], { description: "The period framework's paths, in order." })
  paths!: FrameworkPathInfoModel[];

  @Field(() => [FrameworkGradeInfoModel], { description: "The period framework's grades, best first." })
  grades!: FrameworkGradeInfoModel[];

  @Field(() => UnitFiguresModel, { description: 'Over every branch in the subtree.' })
  figures!: UnitFiguresModel;

  @Field(() => [ScoreboardChildModel], { description: 'Ordered by rank (unranked last), then code.' })
  children!: ScoreboardChildModel[];

  @Field(() => [ScoreboardBranchModel], {
    description:
      'Every branch in the subtree (active, or assessed in the period), best total first. Computed only when asked: ' +
      'committee screens page through branchPage instead.',
  })
  branches?: ScoreboardBranchModel[];

  /** The resolved unit and period, for the `branches` field resolver (not exposed). */
  context!: UnitPeriod;
}
