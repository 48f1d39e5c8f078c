import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { JSONScalar } from '../../frameworks/scalars/json.scalar';
import { LocalizedTextModel } from '../../frameworks/models/localized-text.model';

@ObjectType('ScoreGrade')
export class ScoreGradeModel {
  @Field()
  code!: string;

  @Field(() => LocalizedTextModel)
  name!: LocalizedTextModel;
}

@ObjectType('IndicatorScore', { description: "One indicator's points and the reason for them." })
export class IndicatorScoreModel {
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

  @Field(() => JSONScalar, { nullable: true })
  input!: unknown;

  @Field(() => Float)
  rawPoints!: number;

  @Field(() => Float)
  points!: number;

  @Field(() => Float)
  maxPoints!: number;

  @Field(() => Boolean, { nullable: true })
  vetoTriggered!: boolean | null;

  @Field(() => LocalizedTextModel)
  reason!: LocalizedTextModel;
}

@ObjectType('PathScore')
export class PathScoreModel {
  @Field()
  code!: string;

  @Field(() => LocalizedTextModel)
  name!: LocalizedTextModel;

  @Field(() => Float)
  weight!: number;

  @Field(() => Float)
  maxPoints!: number;

  @Field(() => Float)
  basePoints!: number;

  @Field(() => Float)
  bonusPoints!: number;

  @Field(() => Float)
  deductionPoints!: number;

  @Field(() => Float)
  points!: number;

  @Field(() => Float)
  percent!: number;

  @Field(() => Float)
  weighted!: number;

  @Field(() => [IndicatorScoreModel])
  indicators!: IndicatorScoreModel[];
}

@ObjectType('AssessmentScore', {
  description: 'A stored score: SELF (self values) or OFFICIAL (reviewed where present).',
})
export class AssessmentScoreModel {
  @Field()
  kind!: string;

  @Field(() => Float)
  total!: number;

  @Field()
  gradeCode!: string;

  @Field(() => ScoreGradeModel)
  grade!: ScoreGradeModel;

  @Field(() => ScoreGradeModel, { description: 'The grade the total alone would earn, before vetoes.' })
  uncappedGrade!: ScoreGradeModel;

  @Field()
  veto!: boolean;

  @Field(() => Float, { description: 'answered / applicable, 0..1.' })
  completeness!: number;

  @Field(() => Int)
  answered!: number;

  @Field(() => Int)
  applicable!: number;

  @Field(() => [String])
  missing!: string[];

  @Field(() => [PathScoreModel])
  paths!: PathScoreModel[];

  @Field(() => JSONScalar, { description: 'The full ScoreResult of libs/scoring.' })
  explanation!: unknown;
}
