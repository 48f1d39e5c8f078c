import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalizedTextModel } from '../../frameworks/models/localized-text.model';

export enum EvidenceKindEnum {
  IMAGE = 'IMAGE',
  PDF = 'PDF',
  OFFICE = 'OFFICE',
}
registerEnumType(EvidenceKindEnum, {
  name: 'EvidenceKind',
  description: 'IMAGE: thumbnail; PDF: opens in the browser viewer; OFFICE: downloads.',
});

@ObjectType('EvidenceFlag', { description: 'A plausibility flag for the reviewer, explained in zh and en.' })
export class EvidenceFlagModel {
  @Field({ description: 'SAME_FILE_OTHER_BRANCH | PHOTO_DATE_OUTSIDE_PERIOD' })
  code!: string;

  @Field(() => LocalizedTextModel)
  message!: LocalizedTextModel;
}

@ObjectType('EvidenceFile', {
  description: 'A file (佐证材料) attached to an indicator value. Bytes only through `url` (Bearer token).',
})
export class EvidenceFileModel {
  @Field(() => ID)
  id!: string;

  @Field()
  indicatorCode!: string;

  @Field({ description: 'The name it was uploaded with (display only).' })
  name!: string;

  @Field({ description: 'Detected from the content, never from the name.' })
  mimeType!: string;

  @Field(() => EvidenceKindEnum)
  kind!: EvidenceKindEnum;

  @Field(() => Int)
  sizeBytes!: number;

  @Field({ description: 'SHA-256 of the content (identical files share it).' })
  sha256!: string;

  @Field()
  uploadedAt!: Date;

  @Field({ description: 'GET with the Bearer token: the file (images and PDFs inline).' })
  url!: string;

  @Field(() => String, {
    nullable: true,
    description: 'GET with the Bearer token: a WebP thumbnail; null for non-images.',
  })
  thumbnailUrl!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'GET with the Bearer token: the photo as a JPEG for display (HEIC converted); null for non-images.',
  })
  previewUrl!: string | null;

  @Field(() => [EvidenceFlagModel], { description: 'For committee roles only (empty for a branch).' })
  flags!: EvidenceFlagModel[];
}
