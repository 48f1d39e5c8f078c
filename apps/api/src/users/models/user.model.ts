import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../auth/role.enum';
import { OrgUnit } from '../../org-units/models/org-unit.model';

@ObjectType('User', { description: 'An account. Its scope unit bounds everything it can see or change.' })
export class User {
  @Field(() => ID)
  id!: string;

  @Field()
  username!: string;

  @Field()
  displayName!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => ID)
  scopeUnitId!: string;

  @Field(() => OrgUnit, {
    nullable: true,
    description: 'The scope unit (resolved for the caller when in scope)',
  })
  scopeUnit?: OrgUnit | null;

  @Field(() => ID)
  districtId!: string;

  @Field()
  active!: boolean;
}
