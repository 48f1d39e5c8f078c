import { Field, ObjectType } from '@nestjs/graphql';
import { User } from '../../users/models/user.model';

@ObjectType('LoginPayload')
export class LoginPayload {
  @Field({ description: 'JWT: send as Authorization: Bearer <token>' })
  token!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}
