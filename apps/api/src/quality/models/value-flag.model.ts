import { Field, Int, ObjectType } from '@nestjs/graphql';
import { LocalizedTextModel } from '../../frameworks/models/localized-text.model';
import { JSONScalar } from '../../frameworks/scalars/json.scalar';
import { ReviewRiskFields } from './assessed-branch.model';

@ObjectType('ValueFlag', {
  description: 'A data-check warning about an entered value (docs/domain.md "Data checks"); never a refusal.',
})
export class ValueFlagModel {
  @Field({
    description:
      'VALIDATION_RULE_VIOLATED, BELOW_EXPECTED_RANGE, ABOVE_EXPECTED_RANGE, JUMP_FROM_PREVIOUS_QUARTER or PEER_OUTLIER.',
  })
  code!: string;

  @Field({ description: 'The indicator the warning is shown beside.' })
  indicator!: string;

  @Field(() => [String], { description: 'Every indicator the warning is about.' })
  indicators!: string[];

  @Field(() => String, { nullable: true, description: "The validation rule's code." })
  rule!: string | null;

  @Field(() => JSONScalar, {
    description: 'The figures of the reason, 2 places (e.g. value, median, mad, score).',
  })
  figures!: Record<string, number>;

  @Field(() => LocalizedTextModel, { description: 'Why the value was flagged, with its figures.' })
  message!: LocalizedTextModel;
}

@ObjectType('ReviewRisk', {
  description:
    'An assessment\'s review risk (docs/metrics.md "Review risk"): its open data-check flags and the branch\'s self-assessment inflation.',
})
export class ReviewRiskModel extends ReviewRiskFields {
  @Field(() => [ValueFlagModel])
  flags!: ValueFlagModel[];

  @Field(() => Int, { description: '1 = riskiest: more open flags first, then the larger inflation.' })
  riskRank!: number;
}

@ObjectType('ValueChecks', {
  description:
    "One assessment's data checks, and what the form needs to run them itself: the branch's previous-quarter values and its peers' values, unlinked.",
})
export class ValueChecksModel extends ReviewRiskModel {
  @Field(() => JSONScalar, {
    nullable: true,
    description: "The branch's official values of the previous quarter (indicator code → value).",
  })
  previous!: Record<string, unknown> | null;

  @Field(() => [JSONScalar], {
    description:
      "The same-sector peers' values (same parent), per indicator in a fixed order: no map is one branch's.",
  })
  peers!: Record<string, unknown>[];
}
