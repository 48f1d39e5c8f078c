import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('LocalizedText', { description: 'Bilingual text: Chinese and English.' })
export class LocalizedTextModel {
  @Field()
  zh!: string;

  @Field()
  en!: string;
}
