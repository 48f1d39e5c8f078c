import { registerEnumType } from '@nestjs/graphql';

/** Application roles (see docs/domain.md "Who uses it"). */
export enum Role {
  ADMIN = 'ADMIN',
  REVIEWER = 'REVIEWER',
  BRANCH = 'BRANCH',
  VIEWER = 'VIEWER',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'ADMIN: district; REVIEWER: street; BRANCH: one branch; VIEWER: read-only observer',
});
