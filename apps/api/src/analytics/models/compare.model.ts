import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { AssessmentStatusEnum } from '../../assessments/models/assessment.model';
import { LocalizedTextModel } from '../../frameworks/models/localized-text.model';
import { Sector } from '../../org-units/org-unit.enums';

@ObjectType('ComparedIndicator')
export class ComparedIndicatorModel {
  @Field()
  code!: string;

  @Field(() => LocalizedTextModel)
  name!: LocalizedTextModel;

  @Field()
  rule!: string;

  @Field()
  applicable!: boolean;

  @Field()
  missing!: boolean;

  @Field(() => Float, { description: 'Points counted in the path (after sector rescaling).' })
  points!: number;

  @Field(() => Float, {
    description: "The indicator's M in the path's points after rescaling (0 for bonus/deduction/veto).",
  })
  maxPoints!: number;
}

@ObjectType('ComparedPath')
export class ComparedPathModel {
  @Field()
  code!: string;

  @Field(() => LocalizedTextModel)
  name!: LocalizedTextModel;

  @Field(() => Float)
  weight!: number;

  @Field(() => Float)
  maxPoints!: number;

  @Field(() => Float)
  points!: number;

  @Field(() => Float)
  percent!: number;

  @Field(() => [ComparedIndicatorModel])
  indicators!: ComparedIndicatorModel[];
}

@ObjectType('BranchComparison', {
  description: "One branch's official path and indicator points, for side-by-side display.",
})
export class BranchComparisonModel {
  @Field(() => ID)
  branchId!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => Sector, { nullable: true })
  sector!: Sector | null;

  @Field(() => AssessmentStatusEnum, { nullable: true })
  status!: AssessmentStatusEnum | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Null when the branch has no official score in the period.',
  })
  total!: number | null;

  @Field(() => String, { nullable: true })
  gradeCode!: string | null;

  @Field(() => [ComparedPathModel], { description: 'Empty when not assessed.' })
  paths!: ComparedPathModel[];
}
