import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { AssessmentStatusEnum } from '../../assessments/models/assessment.model';
import { LocalizedTextModel } from '../../frameworks/models/localized-text.model';
import { AnalyticsUnitModel, FrameworkPathInfoModel } from './scoreboard.model';

@ObjectType('IndicatorMatrixColumn', { description: 'One indicator of the path, in framework order.' })
export class IndicatorMatrixColumnModel {
  @Field()
  code!: string;

  @Field(() => LocalizedTextModel)
  name!: LocalizedTextModel;

  @Field({ description: 'Rule type: ratio, count, shortfall, …, bonus, deduction, veto.' })
  rule!: string;

  @Field(() => Float, {
    description:
      "The indicator's reach as written: base M, a bonus's cap (at most the path's bonus cap), a deduction's cap (points it can take away); 0 for a veto.",
  })
  maxPoints!: number;
}

@ObjectType('IndicatorMatrixBranch', {
  description: 'A reported branch (SUBMITTED or APPROVED) and its official indicator points.',
})
export class IndicatorMatrixBranchModel {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => AssessmentStatusEnum)
  status!: AssessmentStatusEnum;

  @Field(() => Float, { description: 'Official total.' })
  total!: number;

  @Field(() => [Float], {
    nullable: 'items',
    description:
      'Official points aligned with IndicatorMatrix.indicators (negative for deductions); null where the indicator does not apply to the branch.',
  })
  points!: (number | null)[];

  @Field(() => [Float], {
    nullable: 'items',
    description:
      "The branch's own maximum per indicator after sector rescaling (0 for bonus, deduction, veto); null where it does not apply.",
  })
  maxPoints!: (number | null)[];
}

@ObjectType('IndicatorMatrix', {
  description: "One path's indicators × the reported branches of a unit's subtree.",
})
export class IndicatorMatrixModel {
  @Field(() => AnalyticsUnitModel)
  unit!: AnalyticsUnitModel;

  @Field()
  period!: string;

  @Field(() => FrameworkPathInfoModel)
  path!: FrameworkPathInfoModel;

  @Field(() => [IndicatorMatrixColumnModel])
  indicators!: IndicatorMatrixColumnModel[];

  @Field(() => [IndicatorMatrixBranchModel], { description: 'By branch code.' })
  branches!: IndicatorMatrixBranchModel[];
}
