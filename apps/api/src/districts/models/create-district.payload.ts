import { Field, ObjectType } from '@nestjs/graphql';
import { OrgUnit } from '../../org-units/models/org-unit.model';
import { User } from '../../users/models/user.model';

@ObjectType('CreateDistrictPayload')
export class CreateDistrictPayload {
  @Field(() => OrgUnit, {
    description: 'The new district (a tree root, outside the creator’s scope from now on)',
  })
  district!: OrgUnit;

  @Field(() => User, { description: 'Its first ADMIN, who manages it from here' })
  admin!: User;
}
