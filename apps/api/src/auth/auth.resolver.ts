import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { UseGuards } from '@nestjs/common';
import { User } from '../users/models/user.model';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { AuthUser } from './auth-user';
import { CurrentUser } from './current-user.decorator';
import { LoginArgs } from './dto/login.args';
import { LoginPayload } from './dto/login-payload.type';
import { Public } from './public.decorator';

@Resolver()
@UseGuards(AuthGuard)
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => LoginPayload, { description: 'Exchange username and password for a JWT (expires after JWT_TTL)' })
  login(@Args() args: LoginArgs): Promise<LoginPayload> {
    return this.auth.login(args.username, args.password);
  }

  @Query(() => User, { description: 'The signed-in user' })
  me(@CurrentUser() user: AuthUser): Promise<User> {
    return this.auth.me(user);
  }
}
