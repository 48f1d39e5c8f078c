import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EvidenceFileModel } from '../../evidence/models/evidence-file.model';
import { LocalizedTextModel } from '../../frameworks/models/localized-text.model';
import { RECTIFICATION_ACTIONS, RECTIFICATION_STATUSES } from '../rectification-workflow';

export const RectificationStatusEnum = Object.fromEntries(RECTIFICATION_STATUSES.map((s) => [s, s])) as {
  [K in (typeof RECTIFICATION_STATUSES)[number]]: K;
};
registerEnumType(RectificationStatusEnum, {
  name: 'RectificationStatus',
  description: 'OPEN 待整改; ANSWERED 已反馈待核验; CLOSED 已销号',
});
export const RectificationActionEnum = Object.fromEntries(RECTIFICATION_ACTIONS.map((s) => [s, s])) as {
  [K in (typeof RECTIFICATION_ACTIONS)[number]]: K;
};
registerEnumType(RectificationActionEnum, { name: 'RectificationAction' });

@ObjectType('RectificationEvent', { description: 'One step of a rectification item (整改记录).' })
export class RectificationEventModel {
  @Field(() => RectificationActionEnum)
  action!: string;
  @Field(() => RectificationStatusEnum, { nullable: true })
  fromStatus!: string | null;
  @Field(() => RectificationStatusEnum)
  toStatus!: string;
  @Field(() => ID, { nullable: true })
  actorId!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The measures (ANSWER) or the reason (REJECT/ACCEPT).',
  })
  comment!: string | null;
  @Field()
  at!: Date;
  @Field(() => [EvidenceFileModel], {
    description: 'Evidence files sent with this answer (ANSWER only; empty for other steps).',
  })
  files!: EvidenceFileModel[];
}

@ObjectType('RectificationRejection', {
  description: 'The latest 退回 of an item: why the reviewer sent the answer back, when and who.',
})
export class RectificationRejectionModel {
  @Field({ description: 'The reason the reviewer gave (required when rejecting).' })
  reason!: string;
  @Field()
  at!: Date;
  @Field(() => String, { nullable: true, description: "The reviewer's display name (null if unknown)." })
  by!: string | null;
}

@ObjectType('RectificationItem', {
  description: '整改事项: a problem a reviewer asks a branch to fix, with a deadline.',
})
export class RectificationItemModel {
  @Field(() => ID)
  id!: string;
  @Field(() => ID)
  assessmentId!: string;
  @Field(() => ID)
  branchId!: string;
  @Field()
  branchName!: string;
  @Field()
  periodCode!: string;
  @Field()
  indicatorCode!: string;
  @Field()
  pathCode!: string;
  @Field(() => LocalizedTextModel, {
    description: "The path's name in the framework of the item's quarter (the code where it has none).",
  })
  pathName!: { zh: string; en: string };
  @Field(() => LocalizedTextModel, {
    description: "The indicator's name in the framework of the item's quarter (the code where it has none).",
  })
  indicatorName!: { zh: string; en: string };
  @Field()
  problem!: string;
  @Field()
  requiredAction!: string;
  @Field()
  deadline!: Date;
  @Field(() => RectificationStatusEnum)
  status!: string;
  @Field({ description: 'Still waiting for the branch after the deadline (逾期).' })
  overdue!: boolean;
  @Field(() => String, { nullable: true })
  measures!: string | null;
  @Field(() => String, { nullable: true })
  evidence!: string | null;
  @Field(() => Int, { description: 'Optimistic-lock version: pass it back as expectedVersion.' })
  version!: number;
  @Field()
  createdAt!: Date;
  @Field(() => [RectificationEventModel])
  history!: RectificationEventModel[];
  @Field(() => RectificationRejectionModel, {
    nullable: true,
    description:
      'The latest REJECT step (null if never rejected). On an OPEN item it is why the item came back.',
  })
  lastRejection!: RectificationRejectionModel | null;
  @Field(() => [EvidenceFileModel], {
    description: 'Files the branch attached for its next answer, not sent yet (removable while OPEN).',
  })
  pendingFiles!: EvidenceFileModel[];
}

@ObjectType('RectificationProposal', {
  description:
    '整改建议: a triggered veto or an indicator under the framework share, for the reviewer to confirm.',
})
export class RectificationProposalModel {
  @Field()
  indicatorCode!: string;
  @Field()
  pathCode!: string;
  @Field({ description: 'VETO or LOW_SCORE' })
  reason!: string;
  @Field(() => Float)
  points!: number;
  @Field(() => Float)
  maxPoints!: number;
  @Field(() => LocalizedTextModel)
  problem!: { zh: string; en: string };
}
