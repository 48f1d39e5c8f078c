import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FindOptionsWhere, IsNull, Repository } from 'typeorm';
import { badUserInput } from '../common/errors';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { OrgUnitKind } from '../org-units/org-unit.enums';

/** The districts one may sign in to: the active district roots (the one definition both readers use). */
const ACTIVE_DISTRICT: FindOptionsWhere<OrgUnitEntity> = {
  parentId: IsNull(),
  kind: OrgUnitKind.DISTRICT,
  active: true,
};

/** The district a login names: its code, and its id when it is an active district. */
export interface LoginDistrict {
  /** As stored when found, else as typed; throttle keys and device cookies are keyed by it. */
  code: string;
  id: string | null;
}

/**
 * A login names its district by code (user names are unique per district). The code may be left
 * out while exactly one district is active, as in the demo and most installations.
 */
@Injectable()
export class LoginDistricts {
  constructor(@InjectRepository(OrgUnitEntity) private readonly units: Repository<OrgUnitEntity>) {}

  /**
   * The login page's list: code and name only. Both are public (the administrative units a
   * deployment serves), and they are exactly what `login(district:)` accepts.
   */
  list(): Promise<Array<{ code: string; name: string }>> {
    return this.units.find({
      where: ACTIVE_DISTRICT,
      select: { code: true, name: true },
      order: { code: 'ASC' },
    });
  }

  /**
   * The district named by `code`. An unknown or inactive code answers `id: null`, for the caller to
   * refuse exactly as a wrong password. Without a code: the only active district, or BAD_USER_INPUT
   * on `district` when there are several (the same words whatever the username: it depends on the
   * deployment alone).
   */
  async resolve(rawCode: string | null | undefined): Promise<LoginDistrict> {
    const code = rawCode?.trim();
    if (code) {
      const found = await this.units.findOne({
        where: { ...ACTIVE_DISTRICT, code },
        select: { id: true, code: true },
      });
      return { code: found?.code ?? code, id: found?.id ?? null };
    }
    const some = await this.units.find({ where: ACTIVE_DISTRICT, select: { id: true, code: true }, take: 2 });
    if (some.length > 1)
      throw badUserInput('district: choose your district (this server serves several)', {
        field: 'district',
      });
    return { code: some[0]?.code ?? '', id: some[0]?.id ?? null };
  }
}
