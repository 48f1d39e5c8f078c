import { User } from './models/user.model';
import { UserEntity } from './user.entity';

export function toUserModel(e: UserEntity): User {
  return {
    id: e.id,
    username: e.username,
    displayName: e.displayName,
    role: e.role,
    scopeUnitId: e.scopeUnitId,
    districtId: e.districtId,
    active: e.active,
  };
}

/** Audit snapshot of a user (never the password hash). */
export function userSnapshot(e: UserEntity): Record<string, unknown> {
  return toUserModel(e) as unknown as Record<string, unknown>;
}
