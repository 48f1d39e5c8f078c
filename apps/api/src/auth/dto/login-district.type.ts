import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('LoginDistrict', { description: 'A district one may sign in to (public: code and name only)' })
export class LoginDistrictOption {
  @Field({ description: 'Pass as login(district:)' })
  code!: string;

  @Field()
  name!: string;
}
