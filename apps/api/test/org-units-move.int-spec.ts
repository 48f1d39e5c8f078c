import { Role } from '../src/auth/role.enum';
import { seedDefaultFramework, seedPeriod, seedScores } from '../src/analytics/testing/analytics-fixtures';
import { SCOREBOARD, type Scoreboard } from '../src/analytics/testing/analytics-ops';
import { OrgUnitKind, Sector } from '../src/org-units/org-unit.enums';
import { createUnitFixture, createUserFixture, OrgTreeFixture, seedOrgTree } from './fixtures';
import { createTestApp, TestApp } from './test-app';

const MOVE =
  'mutation ($id: ID!, $parentId: ID!) { moveOrgUnit(id: $id, parentId: $parentId) { id parentId path depth districtId } }';

interface Moved {
  id: string;
  parentId: string;
  path: string;
  depth: number;
  districtId: string;
}

describe('moveOrgUnit (GraphQL over HTTP)', () => {
  let t: TestApp;
  let frameworkId: string;

  beforeAll(async () => {
    t = await createTestApp();
    frameworkId = await seedDefaultFramework(t.dataSource);
  });
  afterAll(() => t?.close());

  async function district(prefix: string) {
    const tree = await seedOrgTree(t.dataSource, prefix);
    const admin = await createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: tree.district.id });
    return { tree, admin, token: t.signToken(admin.user) };
  }

  /** Every unit of the district has path = parent's path + its id (the invariant a move must keep). */
  async function brokenPaths(districtId: string): Promise<unknown[]> {
    return t.dataSource.query(
      `SELECT u.code, u.path FROM org_unit u LEFT JOIN org_unit p ON p.id = u.parent_id
        WHERE u.district_id = $1 AND u.path <> COALESCE(p.path, '/') || u.id || '/'`,
      [districtId],
    );
  }

  const pathOf = async (id: string): Promise<string> =>
    (await t.dataSource.query(`SELECT path FROM org_unit WHERE id = $1`, [id]))[0].path;

  it('moves a branch with its subtree to another street in one go, audited with the parent before and after', async () => {
    const { tree, admin, token } = await district('M1-');
    const [, , b1] = tree.branches;
    const nested = await createUnitFixture(t.dataSource, {
      parent: b1,
      kind: OrgUnitKind.BRANCH,
      code: 'M1-B-B1-1',
      sector: Sector.ORGAN,
    });
    const deeper = await createUnitFixture(t.dataSource, {
      parent: nested,
      kind: OrgUnitKind.BRANCH,
      code: 'M1-B-B1-1-1',
      sector: Sector.ORGAN,
    });

    const r = await t.gql<{ moveOrgUnit: Moved }>(MOVE, { id: b1.id, parentId: tree.streets[0].id }, token);
    expect(r.errors).toBeUndefined();
    expect(r.data!.moveOrgUnit).toEqual({
      id: b1.id,
      parentId: tree.streets[0].id,
      path: `${tree.streets[0].path}${b1.id}/`,
      depth: 3,
      districtId: tree.district.id,
    });
    expect(await pathOf(nested.id)).toBe(`${tree.streets[0].path}${b1.id}/${nested.id}/`);
    expect(await pathOf(deeper.id)).toBe(`${tree.streets[0].path}${b1.id}/${nested.id}/${deeper.id}/`);
    expect(await brokenPaths(tree.district.id)).toEqual([]);

    const events = await t.dataSource.query(
      `SELECT actor_id, district_id, before, after FROM audit_event WHERE action = 'ORG_UNIT_MOVED' AND target_id = $1`,
      [b1.id],
    );
    expect(events).toEqual([
      {
        actor_id: admin.user.id,
        district_id: tree.district.id,
        before: { parentId: tree.streets[1].id, path: b1.path },
        after: { parentId: tree.streets[0].id, path: `${tree.streets[0].path}${b1.id}/`, subtreeSize: 3 },
      },
    ]);

    // The tree queries show it at once; so does a branch user's scope (paths are re-read per request).
    const street = await t.gql<{ orgUnit: { children: { code: string }[] } }>(
      'query ($id: ID!) { orgUnit(id: $id) { children { code } } }',
      { id: tree.streets[0].id },
      token,
    );
    expect(street.data!.orgUnit.children.map((c) => c.code)).toEqual(['M1-B-A1', 'M1-B-A2', 'M1-B-B1']);
    const reviewerA = await createUserFixture(t.dataSource, {
      role: Role.REVIEWER,
      scopeUnitId: tree.streets[0].id,
    });
    const seen = await t.gql<{ orgUnit: { id: string } }>(
      'query ($id: ID!) { orgUnit(id: $id) { id } }',
      { id: deeper.id },
      t.signToken(reviewerA.user),
    );
    expect(seen.errors).toBeUndefined();
  });

  it('existing scoreboards follow the new tree (stored scores stay, units regroup)', async () => {
    const { tree, token } = await district('M2-');
    const periodId = await seedPeriod(t.dataSource, tree.district.id, '2026Q4', frameworkId);
    const [a1, a2, b1, b2] = tree.branches;
    await seedScores(t.dataSource, { districtId: tree.district.id, periodId, frameworkId }, [
      { branchId: a1.id, spec: { total: 80 } },
      { branchId: a2.id, spec: { total: 70 } },
      { branchId: b1.id, spec: { total: 90 } },
      { branchId: b2.id, spec: { total: 60 } },
    ]);
    const board = async (unitId: string) =>
      (await t.gql<{ scoreboard: Scoreboard }>(SCOREBOARD, { unitId, period: '2026Q4' }, token)).data!
        .scoreboard;
    const before = await board(tree.district.id);
    expect(before.children.map((c) => [c.unit.code, c.figures.mean, c.rank])).toEqual([
      ['M2-S-A', 75, 1],
      ['M2-S-B', 75, 1],
    ]);

    const r = await t.gql(MOVE, { id: b1.id, parentId: tree.streets[0].id }, token);
    expect(r.errors).toBeUndefined();

    const after = await board(tree.district.id);
    expect(after.figures.mean).toBe(75);
    expect(after.children.map((c) => [c.unit.code, c.figures.mean, c.rank])).toEqual([
      ['M2-S-A', 80, 1],
      ['M2-S-B', 60, 2],
    ]);
    expect(after.branches.find((b) => b.id === b1.id)).toMatchObject({
      parentId: tree.streets[0].id,
      childId: tree.streets[0].id,
      total: 90,
    });
    const streetA = await board(tree.streets[0].id);
    expect(streetA.branches.map((b) => b.code).sort()).toEqual(['M2-B-A1', 'M2-B-A2', 'M2-B-B1']);
    expect((await board(tree.streets[1].id)).branches.map((b) => b.code)).toEqual(['M2-B-B2']);
  });

  describe('refusals', () => {
    let tree: OrgTreeFixture;
    let token: string;
    let other: Awaited<ReturnType<typeof district>>;
    let nested: { id: string };
    let closedStreet: { id: string };

    beforeAll(async () => {
      ({ tree, token } = await district('M3-'));
      other = await district('M3X-');
      nested = await createUnitFixture(t.dataSource, {
        parent: tree.branches[2],
        kind: OrgUnitKind.BRANCH,
        code: 'M3-B-B1-1',
        sector: Sector.ORGAN,
      });
      closedStreet = await createUnitFixture(t.dataSource, {
        parent: tree.district,
        kind: OrgUnitKind.STREET,
        code: 'M3-S-C',
        active: false,
      });
    });

    const unchanged = async () => {
      expect(await brokenPaths(tree.district.id)).toEqual([]);
      expect(await pathOf(tree.branches[2].id)).toBe(tree.branches[2].path);
      expect(await pathOf(tree.streets[0].id)).toBe(tree.streets[0].path);
    };

    it.each([
      [
        'under itself',
        'parentId',
        'CYCLE',
        () => ({ id: tree.branches[2].id, parentId: tree.branches[2].id }),
      ],
      [
        'under its own subtree',
        'parentId',
        'CYCLE',
        () => ({ id: tree.branches[2].id, parentId: nested.id }),
      ],
      [
        'a street under its own branch',
        'parentId',
        'CYCLE',
        () => ({ id: tree.streets[0].id, parentId: tree.branches[0].id }),
      ],
      [
        'a street under a branch',
        'parentId',
        'KIND',
        () => ({ id: tree.streets[0].id, parentId: tree.branches[2].id }),
      ],
      [
        'a branch under the district',
        'parentId',
        'KIND',
        () => ({ id: tree.branches[0].id, parentId: tree.district.id }),
      ],
      ['the district', 'id', 'DISTRICT', () => ({ id: tree.district.id, parentId: tree.streets[0].id })],
      [
        'to its own parent',
        'parentId',
        'SAME_PARENT',
        () => ({ id: tree.branches[0].id, parentId: tree.streets[0].id }),
      ],
      [
        'under an inactive street',
        'parentId',
        'INACTIVE_PARENT',
        () => ({ id: tree.branches[0].id, parentId: closedStreet.id }),
      ],
      [
        'under a unit that does not exist',
        'parentId',
        undefined,
        () => ({ id: tree.branches[0].id, parentId: '5f0c6f43-9b3e-4c1e-8a55-000000000000' }),
      ],
      [
        'with a malformed parentId',
        'parentId',
        undefined,
        () => ({ id: tree.branches[0].id, parentId: 'nope' }),
      ],
    ])('refuses moving %s with BAD_USER_INPUT naming %s (%s)', async (_label, field, reason, vars) => {
      const r = await t.gql(MOVE, vars(), token);
      expect(r.data).toBeNull();
      expect(r.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
        ...(reason ? { reason } : {}),
      });
      expect(r.errors![0].message).toMatch(new RegExp(`^${field}[: ]`));
      await unchanged();
    });

    it('an unknown unit is NOT_FOUND', async () => {
      const r = await t.gql(
        MOVE,
        { id: '5f0c6f43-9b3e-4c1e-8a55-000000000000', parentId: tree.streets[0].id },
        token,
      );
      expect(r.errors![0].extensions!.code).toBe('NOT_FOUND');
    });

    it("a move into another district answers as a missing parent (not found in the caller's district, not audited); nothing moves", async () => {
      const r = await t.gql(MOVE, { id: tree.branches[0].id, parentId: other.tree.streets[0].id }, token);
      expect(r.errors![0]).toMatchObject({
        message: `parentId: org unit ${other.tree.streets[0].id} does not exist`,
        extensions: { code: 'BAD_USER_INPUT', field: 'parentId' },
      });
      const rows = await t.dataSource.query(
        `SELECT after FROM audit_event WHERE action = 'ACCESS_DENIED' AND target_id = $1`,
        [other.tree.streets[0].id],
      );
      expect(rows).toEqual([]);
      await unchanged();
    });

    it('moving a unit of another district answers NOT_FOUND, even under a parent of the caller', async () => {
      const r = await t.gql(MOVE, { id: tree.branches[0].id, parentId: tree.streets[1].id }, other.token);
      expect(r.errors![0]).toMatchObject({
        message: `OrgUnit ${tree.branches[0].id} not found`,
        extensions: { code: 'NOT_FOUND' },
      });
      await unchanged();
    });

    it('only an ADMIN may move (REVIEWER of the street, VIEWER of the district: FORBIDDEN)', async () => {
      for (const [role, scope] of [
        [Role.REVIEWER, tree.streets[0].id],
        [Role.VIEWER, tree.district.id],
      ] as const) {
        const f = await createUserFixture(t.dataSource, { role, scopeUnitId: scope });
        const r = await t.gql(
          MOVE,
          { id: tree.branches[0].id, parentId: tree.branches[1].id },
          t.signToken(f.user),
        );
        expect(r.errors![0].extensions!.code).toBe('FORBIDDEN');
      }
      await unchanged();
    });
  });
});
