import { ArgsType, Field } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { UnitPeriodArgs } from './analytics.args';

@ArgsType()
export class IndicatorMatrixArgs extends UnitPeriodArgs {
  @Field({ description: "A path code of the period's framework, e.g. ORGANIZATION." })
  @Matches(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, { message: 'pathCode must be a framework path code' })
  pathCode!: string;
}
