import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Role } from '../src/auth/role.enum';
import { OrgUnitEntity } from '../src/org-units/org-unit.entity';
import { OrgUnitKind, Sector } from '../src/org-units/org-unit.enums';
import { hashPassword } from '../src/users/password';
import { UserEntity } from '../src/users/user.entity';

export interface OrgTreeFixture {
  district: OrgUnitEntity;
  /** [street A, street B] */
  streets: [OrgUnitEntity, OrgUnitEntity];
  /** [A1 COMMUNITY, A2 RURAL] under street A, [B1 ORGAN, B2 NEW_ORG] under street B */
  branches: [OrgUnitEntity, OrgUnitEntity, OrgUnitEntity, OrgUnitEntity];
}

export interface UnitFixtureInput {
  parent?: OrgUnitEntity | null;
  kind: OrgUnitKind;
  code: string;
  name?: string;
  sector?: Sector | null;
  memberCount?: number;
  active?: boolean;
}

/** Insert one unit (path and district computed from the parent). */
export async function createUnitFixture(ds: DataSource, input: UnitFixtureInput): Promise<OrgUnitEntity> {
  const id = randomUUID();
  const parent = input.parent ?? null;
  const unit = ds.getRepository(OrgUnitEntity).create({
    id,
    parentId: parent?.id ?? null,
    path: `${parent?.path ?? '/'}${id}/`,
    code: input.code,
    name: input.name ?? input.code,
    kind: input.kind,
    sector: input.sector ?? null,
    memberCount: input.memberCount ?? 0,
    active: input.active ?? true,
    districtId: parent?.districtId ?? id,
  });
  return ds.getRepository(OrgUnitEntity).save(unit);
}

/** The tree seedOrgTree builds: streets under the district, branches under their street. */
const STREETS = [
  { code: 'S-A', name: 'A街道' },
  { code: 'S-B', name: 'B镇' },
] as const;
const BRANCHES = [
  { street: 0, code: 'B-A1', sector: Sector.COMMUNITY, memberCount: 40 },
  { street: 0, code: 'B-A2', sector: Sector.RURAL, memberCount: 25 },
  { street: 1, code: 'B-B1', sector: Sector.ORGAN, memberCount: 12 },
  { street: 1, code: 'B-B2', sector: Sector.NEW_ORG, memberCount: 8 },
] as const;

/**
 * A district, 2 streets, 4 branches of mixed sectors. `prefix` keeps codes unique when a suite seeds
 * several trees (codes: `${prefix}D`, `${prefix}S-A`, `${prefix}B-A1`, ...).
 */
export async function seedOrgTree(ds: DataSource, prefix = ''): Promise<OrgTreeFixture> {
  const district = await createUnitFixture(ds, {
    kind: OrgUnitKind.DISTRICT,
    code: `${prefix}D`,
    name: `${prefix}区`,
  });
  const streets: OrgUnitEntity[] = [];
  for (const { code, name } of STREETS)
    streets.push(
      await createUnitFixture(ds, {
        parent: district,
        kind: OrgUnitKind.STREET,
        code: `${prefix}${code}`,
        name: `${prefix}${name}`,
      }),
    );
  const branches: OrgUnitEntity[] = [];
  for (const { street, code, sector, memberCount } of BRANCHES)
    branches.push(
      await createUnitFixture(ds, {
        parent: streets[street],
        kind: OrgUnitKind.BRANCH,
        code: `${prefix}${code}`,
        sector,
        memberCount,
      }),
    );
  return {
    district,
    streets: streets as OrgTreeFixture['streets'],
    branches: branches as OrgTreeFixture['branches'],
  };
}

export interface UserFixtureInput {
  role: Role;
  scopeUnitId: string;
  username?: string;
  password?: string;
  displayName?: string;
  active?: boolean;
}

export interface UserFixture {
  user: UserEntity;
  username: string;
  password: string;
}

let userSeq = 0;

// One argon2id hash per password per suite, at the test cost the test apps use (PASSWORD_HASH_COST):
// users created with the same password share a real hash of it, and logins still verify it with argon2.
const passwordHashes = new Map<string, Promise<string>>();
function fixtureHash(password: string): Promise<string> {
  let hash = passwordHashes.get(password);
  if (!hash) {
    hash = hashPassword(password, 'test');
    passwordHashes.set(password, hash);
  }
  return hash;
}

/** Insert a user (argon2 hash of `password`, default 'secret-pass-1'); district taken from the scope unit. */
export async function createUserFixture(ds: DataSource, input: UserFixtureInput): Promise<UserFixture> {
  const scope = await ds.getRepository(OrgUnitEntity).findOneByOrFail({ id: input.scopeUnitId });
  const username = input.username ?? `${input.role.toLowerCase()}-${++userSeq}-${randomUUID().slice(0, 6)}`;
  const password = input.password ?? 'secret-pass-1';
  const user = await ds.getRepository(UserEntity).save(
    ds.getRepository(UserEntity).create({
      id: randomUUID(),
      username,
      passwordHash: await fixtureHash(password),
      displayName: input.displayName ?? username,
      role: input.role,
      scopeUnitId: scope.id,
      districtId: scope.districtId,
      active: input.active ?? true,
    }),
  );
  return { user, username, password };
}

/** Who a suite signs in as: a role and the unit the access is scoped to. */
export type Person = Pick<UserFixtureInput, 'role' | 'scopeUnitId'>;

/**
 * One user per name in `people`, and a signed token for each, under the same names: the suites call
 * `gql(query, variables, tokens.admin)`.
 */
export async function signInPeople<Name extends string>(
  app: {
    dataSource: DataSource;
    signToken(user: { id: string; role: Role | string; sessionVersion?: number }): string;
  },
  people: Record<Name, Person>,
): Promise<Record<Name, string>> {
  const entries = Object.entries(people) as [Name, Person][];
  const users = await Promise.all(entries.map(([, person]) => createUserFixture(app.dataSource, person)));
  return Object.fromEntries(entries.map(([name], i) => [name, app.signToken(users[i].user)])) as Record<
    Name,
    string
  >;
}
