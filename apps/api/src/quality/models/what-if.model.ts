import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalizedTextModel } from '../../frameworks/models/localized-text.model';

@ObjectType('WhatIfRow', { description: 'A branch under the published framework and under the draft.' })
export class WhatIfRowModel {
  @Field(() => ID)
  branchId!: string;

  @Field()
  branchCode!: string;

  @Field()
  branchName!: string;

  @Field(() => Float)
  currentTotal!: number;

  @Field()
  currentGrade!: string;

  @Field(() => Int)
  currentRank!: number;

  @Field(() => Float)
  draftTotal!: number;

  @Field()
  draftGrade!: string;

  @Field(() => Int)
  draftRank!: number;

  @Field(() => Float, { description: 'draft total − current total.' })
  change!: number;

  @Field(() => Int, { description: 'current rank − draft rank: positive = moves up.' })
  rankShift!: number;

  @Field()
  gradeChanged!: boolean;
}

@ObjectType('WhatIfPathMean')
export class WhatIfPathMeanModel {
  @Field()
  code!: string;

  @Field(() => LocalizedTextModel)
  name!: LocalizedTextModel;

  @Field(() => Float, { nullable: true, description: 'Mean path percent under the published framework.' })
  current!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean path percent under the draft.' })
  draft!: number | null;
}

@ObjectType('WhatIf', {
  description:
    "A past quarter's reported branches scored under the published framework and a draft; nothing is stored.",
})
export class WhatIfModel {
  @Field()
  period!: string;

  @Field(() => [WhatIfRowModel], { description: 'By draft rank.' })
  rows!: WhatIfRowModel[];

  @Field(() => [WhatIfRowModel], {
    description: 'The branches whose rank moves, largest shift first (at most 10).',
  })
  movers!: WhatIfRowModel[];

  @Field(() => Int)
  gradeChanges!: number;

  @Field(() => [WhatIfPathMeanModel])
  pathMeans!: WhatIfPathMeanModel[];
}
