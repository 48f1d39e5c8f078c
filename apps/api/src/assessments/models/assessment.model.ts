import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { JSONScalar } from '../../frameworks/scalars/json.scalar';
import { PeriodStatusEnum } from '../../periods/models/period.model';
import { AssessmentScoreModel } from './assessment-score.model';

export enum AssessmentStatusEnum {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  APPROVED = 'APPROVED',
}
registerEnumType(AssessmentStatusEnum, { name: 'AssessmentStatus' });

@ObjectType('IndicatorValue')
export class IndicatorValueModel {
  @Field()
  indicatorCode!: string;

  @Field(() => JSONScalar, { nullable: true, description: "The branch's self value (自评)." })
  selfValue!: unknown;

  @Field(() => JSONScalar, { nullable: true, description: "The reviewer's adjusted value (审核), if any." })
  reviewedValue!: unknown;

  @Field(() => String, {
    nullable: true,
    description: "Why the reviewer's value differs from the branch's (调整理由); null without an adjustment.",
  })
  reviewReason!: string | null;

  @Field(() => String, { nullable: true })
  evidence!: string | null;
}

@ObjectType('AssessmentStatusChange')
export class AssessmentStatusChangeModel {
  @Field(() => AssessmentStatusEnum, { nullable: true })
  fromStatus!: AssessmentStatusEnum | null;

  @Field(() => AssessmentStatusEnum)
  toStatus!: AssessmentStatusEnum;

  @Field(() => ID, { nullable: true })
  actorId!: string | null;

  @Field(() => String, { nullable: true })
  actorName!: string | null;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field(() => [String], {
    description: 'Indicator codes a return asked evidence (佐证材料) for; empty for other changes.',
  })
  evidenceRequested!: string[];

  @Field()
  at!: Date;
}

@ObjectType('AssessmentBranch', { description: 'The assessed branch, as an assessment shows it.' })
export class AssessmentBranchModel {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  sector!: string | null;

  @Field(() => Int)
  memberCount!: number;
}

@ObjectType('Assessment', { description: 'One branch × one period × one framework version.' })
export class AssessmentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  districtId!: string;

  @Field(() => ID)
  branchId!: string;

  @Field(() => ID)
  periodId!: string;

  @Field()
  periodCode!: string;

  @Field(() => PeriodStatusEnum, { description: 'A CLOSED period refuses every change to its assessments.' })
  periodStatus!: PeriodStatusEnum;

  @Field(() => ID)
  frameworkId!: string;

  @Field(() => AssessmentStatusEnum)
  status!: AssessmentStatusEnum;

  @Field(() => Int, { description: 'Optimistic-lock version: pass it back as expectedVersion.' })
  version!: number;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'First submission at or before the effective deadline (the branch extension, else the period deadline); null until submitted.',
  })
  onTime!: boolean | null;

  @Field({
    description:
      "The branch's effective deadline: its extension (延期) when it has one, else the period's (the later of the two when the period's moved past it).",
  })
  deadline!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => [IndicatorValueModel])
  values!: IndicatorValueModel[];

  @Field(() => AssessmentScoreModel, { nullable: true })
  selfScore!: AssessmentScoreModel | null;

  @Field(() => AssessmentScoreModel, { nullable: true })
  officialScore!: AssessmentScoreModel | null;

  @Field(() => Float, {
    nullable: true,
    description: 'self total − official total (positive: self-assessment inflation).',
  })
  gap!: number | null;

  @Field(() => [AssessmentStatusChangeModel])
  history!: AssessmentStatusChangeModel[];
}
