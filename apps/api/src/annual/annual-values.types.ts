import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { JSONScalar } from '../frameworks/scalars/json.scalar';
import { LocalizedTextModel } from '../frameworks/models/localized-text.model';
import { AnnualBranchModel, AnnualGradeModel } from './annual.types';
import { AnnualReviewState } from './annual-review-state';

@ObjectType('AnnualItem', {
  description:
    'An annual-only item (年度加分, 年度扣分, annual veto) of a branch’s year: the branch’s value and the reviewed (official) one.',
})
export class AnnualItemModel {
  @Field()
  code!: string;

  @Field(() => LocalizedTextModel)
  name!: LocalizedTextModel;

  @Field(() => JSONScalar, { description: 'The framework’s indicator definition (its rule).' })
  indicator!: unknown;

  @Field({ description: 'bonus, deduction or veto.' })
  role!: string;

  @Field({ description: 'Whether the item applies to the branch’s sector.' })
  applicable!: boolean;

  @Field(() => JSONScalar, { nullable: true, description: 'The branch’s value (its claim).' })
  selfValue!: unknown;

  @Field(() => String, { nullable: true })
  evidence!: string | null;

  @Field(() => JSONScalar, { nullable: true, description: 'The reviewed value: the official one.' })
  reviewedValue!: unknown;

  @Field(() => Date, { nullable: true, description: 'When a committee reviewed it; null: not official yet.' })
  reviewedAt!: Date | null;

  @Field(() => AnnualReviewState, {
    description:
      'The claim with the committee: CHANGED = changed after the review, the reviewed value still counting.',
  })
  reviewState!: AnnualReviewState;

  @Field(() => Float, { description: 'What the official value counts in the year (a deduction negative).' })
  points!: number;

  @Field({ description: 'A veto: whether its official value triggered it.' })
  vetoTriggered!: boolean;

  @Field(() => LocalizedTextModel, { description: 'How the official value counted.' })
  reason!: LocalizedTextModel;
}

@ObjectType('AnnualItems', { description: 'A branch’s annual-only items for a year.' })
export class AnnualItemsModel {
  @Field(() => ID)
  branchId!: string;

  @Field(() => Int)
  year!: number;

  @Field({ description: 'OPEN, FROZEN or CHANGED (as the annual scoreboard).' })
  status!: string;

  @Field({ description: 'Whether the year still takes annual values (not every quarter closed).' })
  writable!: boolean;

  @Field(() => [AnnualGradeModel])
  grades!: AnnualGradeModel[];

  @Field(() => [AnnualItemModel])
  items!: AnnualItemModel[];

  @Field(() => AnnualBranchModel, {
    nullable: true,
    description: 'The branch’s annual result with the official values (null: no quarter of it yet).',
  })
  result!: AnnualBranchModel | null;
}

@ObjectType('AnnualClaimToReview', {
  description: 'A branch in the reviewer’s scope with annual claims of the year waiting for a review.',
})
export class AnnualClaimToReviewModel {
  @Field(() => ID)
  branchId!: string;

  @Field()
  branchCode!: string;

  @Field()
  branchName!: string;

  @Field(() => Int, { description: 'Claims never reviewed (待审核).' })
  pending!: number;

  @Field(() => Int, { description: 'Claims changed after their review (已修改，待复核).' })
  changed!: number;

  @Field(() => Date, { description: 'When the latest of them was claimed.' })
  claimedAt!: Date;
}
