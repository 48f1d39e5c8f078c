import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthGuard } from '../auth/auth.guard';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { DistrictsService } from './districts.service';
import { CreateDistrictInput } from './dto/create-district.input';
import { CreateDistrictPayload } from './models/create-district.payload';

@Resolver()
@UseGuards(AuthGuard)
export class DistrictsResolver {
  constructor(private readonly districts: DistrictsService) {}

  @Mutation(() => CreateDistrictPayload, {
    description:
      'ADMIN of a whole district: create another district (a new tree root) with its first ADMIN, who manages it',
  })
  createDistrict(
    @CurrentUser() user: AuthUser,
    @Args('input') input: CreateDistrictInput,
  ): Promise<CreateDistrictPayload> {
    return this.districts.create(user, input);
  }
}
