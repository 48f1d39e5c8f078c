import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy.service';
import { AuthUser } from '../auth/auth-user';
import { OrgUnit } from './models/org-unit.model';
import { OrgUnitEntity } from './org-unit.entity';
import { toOrgUnitModel } from './org-unit.mapper';

/**
 * Batched unit look-ups for field resolvers (one query per request and batch). A unit outside the
 * caller's scope resolves to null: use it for optional references, not for authorization.
 * One DataLoader per caller object (AuthGuard creates one AuthUser per request), so no cross-request cache.
 */
@Injectable()
export class OrgUnitScopeLoader {
  private readonly loaders = new WeakMap<AuthUser, DataLoader<string, OrgUnitEntity | null>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  async load(user: AuthUser | undefined, id: string): Promise<OrgUnit | null> {
    if (!user) return null;
    const entity = await this.loaderFor(user).load(id);
    return entity && this.policy.isUnitInScope(user, entity) ? toOrgUnitModel(entity, null) : null;
  }

  private loaderFor(user: AuthUser): DataLoader<string, OrgUnitEntity | null> {
    let loader = this.loaders.get(user);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        // In the caller's district (one shard under Citus): another district's unit is out of scope anyway.
        const rows = await this.dataSource.manager.find(OrgUnitEntity, {
          where: { districtId: user.districtId, id: In([...ids]) },
        });
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      this.loaders.set(user, loader);
    }
    return loader;
  }
}
