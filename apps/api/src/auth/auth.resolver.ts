import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { UseGuards } from '@nestjs/common';
import type { HttpResponse } from '../common/http-types';
import { User } from '../users/models/user.model';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { AuthUser } from './auth-user';
import { CurrentUser } from './current-user.decorator';
import { LoginArgs } from './dto/login.args';
import { LoginDistrictOption } from './dto/login-district.type';
import { LoginPayload } from './dto/login-payload.type';
import { LoginDistricts } from './login-districts';
import { cookieValue, KNOWN_DEVICE_COOKIE, knownDeviceSetCookie } from './known-device';
import { Public } from './public.decorator';
import type { AppRequest } from './request-context';

@Resolver()
@UseGuards(AuthGuard)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly districts: LoginDistricts,
  ) {}

  @Public()
  @Mutation(() => LoginPayload, {
    description: 'Exchange district, username and password for a JWT (expires after JWT_TTL)',
  })
  async login(
    @Args() args: LoginArgs,
    @Context() ctx: { req: AppRequest; res: HttpResponse },
  ): Promise<LoginPayload> {
    const client = {
      address: ctx.req.ip ?? ctx.req.socket.remoteAddress ?? 'unknown',
      knownDeviceCookie: cookieValue(ctx.req.headers.cookie, KNOWN_DEVICE_COOKIE),
    };
    const { payload, knownDeviceCookie } = await this.auth.login(
      args.username,
      args.password,
      client,
      args.district,
    );
    ctx.res.appendHeader('Set-Cookie', knownDeviceSetCookie(knownDeviceCookie, this.auth.secureCookies));
    return payload;
  }

  @Public()
  @Query(() => [LoginDistrictOption], {
    description: 'For the login page: the active districts (code and name) one may sign in to',
  })
  loginDistricts(): Promise<LoginDistrictOption[]> {
    return this.districts.list();
  }

  @Query(() => User, { description: 'The signed-in user' })
  me(@CurrentUser() user: AuthUser): Promise<User> {
    return this.auth.me(user);
  }
}
