import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsUUID, Matches } from 'class-validator';
import { UnitPeriodArgs } from './analytics.args';

@ArgsType()
export class IndicatorMatrixArgs extends UnitPeriodArgs {
  @Field({ description: "A path code of the period's framework, e.g. ORGANIZATION." })
  @Matches(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, { message: 'pathCode must be a framework path code' })
  pathCode!: string;

  @Field(() => [ID], {
    nullable: true,
    description:
      "Only these branches (the table's page, at most 200); null: every reported branch of the unit.",
  })
  @IsOptional()
  @ArrayMaxSize(200, { message: 'branchIds must list at most 200 branches' })
  @IsUUID('all', { each: true, message: 'branchIds must be UUIDs' })
  branchIds?: string[] | null;
}
