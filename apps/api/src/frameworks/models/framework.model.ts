import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { JSONScalar } from '../scalars/json.scalar';
import { LocalizedTextModel } from './localized-text.model';

@ObjectType('FrameworkGrade')
export class FrameworkGradeModel {
  @Field()
  code!: string;

  @Field(() => LocalizedTextModel)
  name!: LocalizedTextModel;

  @Field(() => Float, { description: 'Inclusive lower bound of the total.' })
  min!: number;
}

@ObjectType('RatingBand', { description: 'A band of a `rating` rule (好/较好/一般/差).' })
export class RatingBandModel {
  @Field()
  code!: string;

  @Field(() => LocalizedTextModel)
  name!: LocalizedTextModel;

  @Field(() => Float)
  points!: number;
}

@ObjectType('NumericBand', { description: 'A band of a `banded` rule: points from lower bound `min` up.' })
export class NumericBandModel {
  @Field(() => Float)
  min!: number;

  @Field(() => Float)
  points!: number;
}

@ObjectType('ChecklistItem')
export class ChecklistItemModel {
  @Field()
  code!: string;

  @Field(() => LocalizedTextModel)
  name!: LocalizedTextModel;

  @Field(() => Float, { description: 'Deduction when missing (the rule default applied).' })
  deduction!: number;
}

/** The rule of an indicator: the fields a form needs to render an input, plus the raw parameters. */
@ObjectType('IndicatorRule')
export class IndicatorRuleModel {
  @Field({
    description:
      'ratio, count, shortfall, threshold_step, rating, banded, penalty, checklist, boolean, bonus, deduction, veto',
  })
  type!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'M, in the path points; null for bonus/deduction/veto.',
  })
  maxPoints!: number | null;

  @Field(() => Float, { nullable: true })
  target!: number | null;

  @Field(() => Float, { nullable: true })
  required!: number | null;

  @Field(() => Float, { nullable: true })
  threshold!: number | null;

  @Field(() => Float, { nullable: true })
  step!: number | null;

  @Field(() => Float, { nullable: true, description: 'k: points deducted per occurrence/missing item/step.' })
  deduction!: number | null;

  @Field(() => Float, { nullable: true, description: 'bonus/deduction points per occurrence.' })
  points!: number | null;

  @Field(() => Float, { nullable: true })
  cap!: number | null;

  @Field(() => String, { nullable: true })
  capGrade!: string | null;

  @Field(() => LocalizedTextModel, { nullable: true })
  unit!: LocalizedTextModel | null;

  @Field(() => [RatingBandModel], { nullable: true })
  ratingBands!: RatingBandModel[] | null;

  @Field(() => [NumericBandModel], { nullable: true })
  numericBands!: NumericBandModel[] | null;

  @Field(() => [ChecklistItemModel], { nullable: true })
  items!: ChecklistItemModel[] | null;

  @Field(() => JSONScalar, { description: 'The rule exactly as defined in the framework.' })
  params!: unknown;
}

@ObjectType('FrameworkIndicator')
export class FrameworkIndicatorModel {
  @Field()
  code!: string;

  @Field(() => LocalizedTextModel)
  name!: LocalizedTextModel;

  @Field(() => LocalizedTextModel, { nullable: true })
  description!: LocalizedTextModel | null;

  @Field(() => [String], { description: 'Source article numbers.' })
  source!: string[];

  @Field(() => [String], { nullable: true, description: 'Sectors it applies to; null means every sector.' })
  sectors!: string[] | null;

  @Field({ description: 'Same as rule.type, for convenience.' })
  type!: string;

  @Field(() => Float, { nullable: true })
  maxPoints!: number | null;

  @Field(() => IndicatorRuleModel)
  rule!: IndicatorRuleModel;
}

@ObjectType('FrameworkPath')
export class FrameworkPathModel {
  @Field()
  code!: string;

  @Field(() => LocalizedTextModel)
  name!: LocalizedTextModel;

  @Field(() => Float)
  weight!: number;

  @Field(() => Float)
  maxPoints!: number;

  @Field(() => Float, { nullable: true })
  bonusCap!: number | null;

  @Field(() => [FrameworkIndicatorModel])
  indicators!: FrameworkIndicatorModel[];
}

@ObjectType('Framework', { description: 'One immutable version of an assessment framework (考核方案).' })
export class FrameworkModel {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => LocalizedTextModel)
  name!: LocalizedTextModel;

  @Field(() => LocalizedTextModel, { nullable: true })
  description!: LocalizedTextModel | null;

  @Field({ description: 'True once a period uses this version: it can no longer change.' })
  locked!: boolean;

  @Field()
  createdAt!: Date;

  @Field(() => [FrameworkGradeModel])
  grades!: FrameworkGradeModel[];

  @Field(() => [FrameworkPathModel])
  paths!: FrameworkPathModel[];

  @Field(() => JSONScalar, { description: 'The full definition, as imported.' })
  definition!: unknown;
}
