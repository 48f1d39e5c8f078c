import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ScoreGradeModel } from '../../assessments/models/assessment-score.model';
import { Sector } from '../../org-units/org-unit.enums';
import { ReviewRiskFields } from './assessed-branch.model';

@ObjectType('ReviewQueueRow', { description: 'One assessment of the review queue with its review risk.' })
export class ReviewQueueRowModel extends ReviewRiskFields {
  @Field()
  periodCode!: string;

  @Field(() => Sector, { nullable: true })
  sector!: Sector | null;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'docs/metrics.md "On time"; null until submitted.' })
  onTime!: boolean | null;

  @Field(() => Float, { nullable: true, description: 'The self-assessed total (null: not scored yet).' })
  selfTotal!: number | null;

  @Field(() => ScoreGradeModel, { nullable: true })
  selfGrade!: ScoreGradeModel | null;

  @Field(() => Float, { nullable: true, description: 'Share of applicable indicators answered, 0 to 1.' })
  completeness!: number | null;
}

@ObjectType('ReviewQueuePage', {
  description: "One page of a quarter's review queue, ordered and filtered on the server.",
})
export class ReviewQueuePageModel {
  @Field(() => Int, { description: 'Assessments matching the filters (all pages).' })
  totalCount!: number;

  @Field(() => Int)
  offset!: number;

  @Field(() => [ReviewQueueRowModel])
  rows!: ReviewQueueRowModel[];
}
