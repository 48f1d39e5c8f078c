import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsInt, IsUUID, Max, Min } from 'class-validator';

@ArgsType()
export class AnnualCompareArgs {
  @Field(() => [ID], { description: '2 to 6 distinct branches, all in your scope.' })
  @ArrayMinSize(2, { message: 'branchIds must list at least 2 branches' })
  @ArrayMaxSize(6, { message: 'branchIds must list at most 6 branches' })
  @ArrayUnique({ message: 'branchIds must not repeat a branch' })
  @IsUUID('all', { each: true, message: 'branchIds must be UUIDs' })
  branchIds!: string[];

  @Field(() => Int)
  @IsInt({ message: 'year must be a whole year' })
  @Min(2000, { message: 'year must be between 2000 and 2100' })
  @Max(2100, { message: 'year must be between 2000 and 2100' })
  year!: number;
}
