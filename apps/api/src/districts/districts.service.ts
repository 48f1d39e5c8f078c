import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy.service';
import { AuthUser, Role } from '../auth/auth-user';
import { pathDepth } from '../org-units/org-unit.entity';
import { toOrgUnitModel } from '../org-units/org-unit.mapper';
import { OrgUnitsService } from '../org-units/org-units.service';
import { toUserModel } from '../users/user.mapper';
import { UsersService } from '../users/users.service';
import { CreateDistrictInput } from './dto/create-district.input';
import { CreateDistrictPayload } from './models/create-district.payload';

/**
 * Districts are the roots of the org tree (no parent) and the tenants of the data (`district_id`).
 * No scope contains a new root, so creating one is allowed to an ADMIN whose scope is a whole
 * district (a root unit: the widest scope there is; an ADMIN scoped lower, if one exists, is refused).
 * The creator's scope does not grow: the new district comes with its own first ADMIN, created in the
 * same transaction, who manages it (streets, users, periods) from then on.
 */
@Injectable()
export class DistrictsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly orgUnits: OrgUnitsService,
    private readonly users: UsersService,
  ) {}

  async create(user: AuthUser, input: CreateDistrictInput): Promise<CreateDistrictPayload> {
    this.policy.assertRole(user, [Role.ADMIN], 'district.create');
    if (pathDepth(user.scopePath) !== 1) {
      throw this.policy.deny(
        user,
        'district.create',
        'SCOPE',
        'OrgUnit',
        user.scopeUnitId,
        'Only an administrator of a whole district may create a district',
      );
    }
    return this.dataSource.transaction(async (m) => {
      const district = await this.orgUnits.insertDistrict(m, user, input);
      const admin = await this.users.insert(
        m,
        user,
        {
          username: input.admin.username,
          password: input.admin.password,
          displayName: input.admin.displayName,
          role: Role.ADMIN,
          scope: district,
        },
        'admin.',
      );
      return { district: toOrgUnitModel(district, []), admin: toUserModel(admin) };
    });
  }
}
