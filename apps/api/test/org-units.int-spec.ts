import { Role } from '../src/auth/role.enum';
import { createUnitFixture, createUserFixture, OrgTreeFixture, seedOrgTree } from './fixtures';
import { OrgUnitKind, Sector } from '../src/org-units/org-unit.enums';
import { createTestApp, TestApp } from './test-app';

interface TreeNode {
  id: string;
  code: string;
  kind: string;
  children: TreeNode[] | null;
}

const TREE = `query ($rootId: ID, $inactive: Boolean) { orgTree(rootId: $rootId, includeInactive: $inactive) {
  id code kind children { id code kind children { id code kind children { id code kind } } } } }`;

const codes = (n: TreeNode): string[] => [n.code, ...(n.children ?? []).flatMap(codes)];

describe('org units (GraphQL over HTTP)', () => {
  let t: TestApp;
  let tree: OrgTreeFixture;
  let other: OrgTreeFixture;
  const tokens: Record<'admin' | 'reviewer' | 'branch' | 'viewer' | 'otherAdmin', string> = {} as never;

  beforeAll(async () => {
    t = await createTestApp();
    tree = await seedOrgTree(t.dataSource);
    other = await seedOrgTree(t.dataSource, 'X-');
    const [admin, reviewer, branch, viewer, otherAdmin] = await Promise.all([
      createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: tree.district.id }),
      createUserFixture(t.dataSource, { role: Role.REVIEWER, scopeUnitId: tree.streets[0].id }),
      createUserFixture(t.dataSource, { role: Role.BRANCH, scopeUnitId: tree.branches[0].id }),
      createUserFixture(t.dataSource, { role: Role.VIEWER, scopeUnitId: tree.district.id }),
      createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: other.district.id }),
    ]);
    tokens.admin = t.signToken(admin.user);
    tokens.reviewer = t.signToken(reviewer.user);
    tokens.branch = await t.loginAs(branch.username, branch.password);
    tokens.viewer = t.signToken(viewer.user);
    tokens.otherAdmin = t.signToken(otherAdmin.user);
  });
  afterAll(() => t?.close());

  describe('orgTree', () => {
    it('ADMIN gets the whole district, nested, children sorted by code', async () => {
      const r = await t.gql<{ orgTree: TreeNode }>(TREE, {}, tokens.admin);
      expect(r.errors).toBeUndefined();
      expect(codes(r.data!.orgTree)).toEqual(['D', 'S-A', 'B-A1', 'B-A2', 'S-B', 'B-B1', 'B-B2']);
      expect(r.data!.orgTree.children!.map((c) => c.kind)).toEqual(['STREET', 'STREET']);
    });

    it('a REVIEWER sees only its street subtree', async () => {
      const r = await t.gql<{ orgTree: TreeNode }>(TREE, {}, tokens.reviewer);
      expect(codes(r.data!.orgTree)).toEqual(['S-A', 'B-A1', 'B-A2']);
    });

    it('a BRANCH sees only its branch', async () => {
      const r = await t.gql<{ orgTree: TreeNode }>(TREE, {}, tokens.branch);
      expect(codes(r.data!.orgTree)).toEqual(['B-A1']);
    });

    it("out-of-scope roots and another district's answer exactly as unknown ones (NOT_FOUND); the first are audited", async () => {
      const randomId = '5f0c6f43-9b3e-4c1e-8a55-000000000000';
      for (const [rootId, token] of [
        [tree.district.id, tokens.reviewer],
        [tree.branches[1].id, tokens.branch],
        [other.district.id, tokens.admin],
      ] as const) {
        const foreign = await t.gql(TREE, { rootId }, token);
        expect(foreign.errors![0]).toMatchObject({
          message: `OrgUnit ${rootId} not found`,
          extensions: { code: 'NOT_FOUND', id: rootId },
        });
        const missing = await t.gql(TREE, { rootId: randomId }, token);
        expect(JSON.stringify(missing.errors).replaceAll(randomId, rootId)).toBe(
          JSON.stringify(foreign.errors),
        );
      }
      const audited = async (id: string) =>
        (
          await t.dataSource.query(
            `SELECT 1 FROM audit_event WHERE action = 'ACCESS_DENIED' AND target_id = $1 AND after->>'reason' = 'SCOPE'`,
            [id],
          )
        ).length;
      expect(await audited(tree.district.id)).toBe(1);
      expect(await audited(tree.branches[1].id)).toBe(1);
      // Another district's unit is read in the caller's district: not found at all, nothing to audit.
      expect(await audited(other.district.id)).toBe(0);
    });

    it('hides inactive units and their subtrees unless asked', async () => {
      const closed = await createUnitFixture(t.dataSource, {
        parent: tree.streets[1],
        kind: OrgUnitKind.BRANCH,
        code: 'B-B9',
        sector: Sector.SOE,
        active: false,
      });
      await createUnitFixture(t.dataSource, {
        parent: closed,
        kind: OrgUnitKind.BRANCH,
        code: 'B-B9-1',
        sector: Sector.SOE,
      });
      const hidden = await t.gql<{ orgTree: TreeNode }>(TREE, { rootId: tree.streets[1].id }, tokens.admin);
      expect(codes(hidden.data!.orgTree)).toEqual(['S-B', 'B-B1', 'B-B2']);
      const all = await t.gql<{ orgTree: TreeNode }>(
        TREE,
        { rootId: tree.streets[1].id, inactive: true },
        tokens.admin,
      );
      expect(codes(all.data!.orgTree)).toEqual(['S-B', 'B-B1', 'B-B2', 'B-B9', 'B-B9-1']);
    });
  });

  describe('orgUnit', () => {
    it('returns a unit in scope with its direct children', async () => {
      const r = await t.gql<{ orgUnit: { code: string; depth: number; children: { code: string }[] } }>(
        'query ($id: ID!) { orgUnit(id: $id) { code depth children { code } } }',
        { id: tree.streets[0].id },
        tokens.viewer,
      );
      expect(r.data!.orgUnit).toEqual({
        code: 'S-A',
        depth: 2,
        children: [{ code: 'B-A1' }, { code: 'B-A2' }],
      });
    });

    it('refuses a malformed id with BAD_USER_INPUT naming it', async () => {
      const r = await t.gql('{ orgUnit(id: "nope") { id } }', {}, tokens.admin);
      expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    });
  });

  describe('createOrgUnit', () => {
    const CREATE =
      'mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id code kind sector memberCount depth districtId parentId path } }';

    it('ADMIN creates a branch under a street in scope, audited', async () => {
      const r = await t.gql<{
        createOrgUnit: { id: string; depth: number; districtId: string; path: string };
      }>(
        CREATE,
        {
          input: {
            parentId: tree.streets[0].id,
            code: 'B-A3',
            name: '第三支部',
            kind: 'BRANCH',
            sector: 'SOE',
            memberCount: 17,
          },
        },
        tokens.admin,
      );
      expect(r.errors).toBeUndefined();
      const unit = r.data!.createOrgUnit;
      expect(unit).toMatchObject({
        depth: 3,
        districtId: tree.district.id,
        path: `${tree.streets[0].path}${unit.id}/`,
      });
      const [event] = await t.dataSource.query(
        `SELECT action, actor_id, district_id, after FROM audit_event WHERE target_id = $1`,
        [unit.id],
      );
      expect(event).toMatchObject({
        action: 'ORG_UNIT_CREATED',
        district_id: tree.district.id,
        after: expect.objectContaining({ code: 'B-A3', memberCount: 17 }),
      });
    });

    it('nested branches (general branch → branch) work', async () => {
      const r = await t.gql<{ createOrgUnit: { depth: number } }>(
        CREATE,
        {
          input: {
            parentId: tree.branches[2].id,
            code: 'B-B1-1',
            name: '第一党小组支部',
            kind: 'BRANCH',
            sector: 'ORGAN',
          },
        },
        tokens.admin,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.createOrgUnit.depth).toBe(4);
    });

    it.each([
      [{ code: 'bad code!' }, 'code'],
      [{ name: '' }, 'name'],
      [{ name: ' \t ' }, 'name'],
      [{ memberCount: -1 }, 'memberCount'],
      [{ parentId: 'not-a-uuid' }, 'parentId'],
      [{ kind: 'STREET' }, 'kind'],
      [{ sector: null }, 'sector'],
      [{ code: 'B-A1' }, 'code'],
    ])('refuses %j with BAD_USER_INPUT naming %s', async (patch, field) => {
      const input = {
        parentId: tree.streets[0].id,
        code: 'B-NEW',
        name: '新支部',
        kind: 'BRANCH',
        sector: 'COMMUNITY',
        ...patch,
      };
      const r = await t.gql(CREATE, { input }, tokens.admin);
      expect(r.data).toBeNull();
      expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(r.errors![0].message).toContain(field);
    });

    it('wrong role → FORBIDDEN and an ACCESS_DENIED audit row', async () => {
      const r = await t.gql(
        CREATE,
        { input: { parentId: tree.streets[0].id, code: 'B-R', name: 'x', kind: 'BRANCH', sector: 'RURAL' } },
        tokens.reviewer,
      );
      expect(r.errors![0].extensions!.code).toBe('FORBIDDEN');
      const rows = await t.dataSource.query(
        `SELECT * FROM audit_event WHERE action = 'ACCESS_DENIED' AND after->>'attemptedAction' = 'orgUnit.create' AND after->>'reason' = 'ROLE'`,
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ district_id: tree.district.id, after: { role: 'REVIEWER' } });
      expect(await t.dataSource.query(`SELECT 1 FROM org_unit WHERE code = 'B-R'`)).toEqual([]);
    });

    it('ADMIN of another district: the parent answers as a missing one (not found in its district, not audited)', async () => {
      const r = await t.gql(
        CREATE,
        { input: { parentId: tree.streets[1].id, code: 'B-X', name: 'x', kind: 'BRANCH', sector: 'RURAL' } },
        tokens.otherAdmin,
      );
      expect(r.errors![0]).toMatchObject({
        message: `parentId: org unit ${tree.streets[1].id} does not exist`,
        extensions: { code: 'BAD_USER_INPUT', field: 'parentId' },
      });
      const rows = await t.dataSource.query(
        `SELECT target_type, target_id, district_id FROM audit_event WHERE action = 'ACCESS_DENIED' AND target_id = $1`,
        [tree.streets[1].id],
      );
      expect(rows).toEqual([]);
      expect(await t.dataSource.query(`SELECT 1 FROM org_unit WHERE code = 'B-X'`)).toEqual([]);
    });
  });

  describe('updateOrgUnit', () => {
    const UPDATE =
      'mutation ($id: ID!, $input: UpdateOrgUnitInput!) { updateOrgUnit(id: $id, input: $input) { id name memberCount active } }';

    it('ADMIN updates a unit in scope, audited with before and after', async () => {
      const r = await t.gql<{ updateOrgUnit: { name: string; memberCount: number } }>(
        UPDATE,
        { id: tree.branches[3].id, input: { name: '改名支部', memberCount: 9 } },
        tokens.admin,
      );
      expect(r.data!.updateOrgUnit).toMatchObject({ name: '改名支部', memberCount: 9 });
      const [e] = await t.dataSource.query(
        `SELECT before, after FROM audit_event WHERE action = 'ORG_UNIT_UPDATED' AND target_id = $1`,
        [tree.branches[3].id],
      );
      expect(e.before.memberCount).toBe(8);
      expect(e.after.memberCount).toBe(9);
    });

    it('a change that changes nothing writes no ORG_UNIT_UPDATED row (and leaves updated_at alone)', async () => {
      const unit = tree.branches[2];
      const count = async () =>
        (
          await t.dataSource.query(
            `SELECT count(*)::int AS n FROM audit_event WHERE action = 'ORG_UNIT_UPDATED' AND target_id = $1`,
            [unit.id],
          )
        )[0].n;
      const [{ updated_at: before }] = await t.dataSource.query(
        `SELECT updated_at FROM org_unit WHERE id = $1`,
        [unit.id],
      );
      // The edit form sends every field back unchanged (a name with surrounding spaces is trimmed to the same).
      const same = {
        code: unit.code,
        name: ` ${unit.name} `,
        sector: unit.sector,
        memberCount: unit.memberCount,
        active: true,
      };
      const r = await t.gql<{ updateOrgUnit: { name: string } }>(
        UPDATE,
        { id: unit.id, input: same },
        tokens.admin,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.updateOrgUnit.name).toBe(unit.name);
      expect(await count()).toBe(0);
      const [{ updated_at: after }] = await t.dataSource.query(
        `SELECT updated_at FROM org_unit WHERE id = $1`,
        [unit.id],
      );
      expect(after).toEqual(before);
      // A real change is still audited, once.
      await t.gql(
        UPDATE,
        { id: unit.id, input: { ...same, memberCount: unit.memberCount + 1 } },
        tokens.admin,
      );
      expect(await count()).toBe(1);
    });

    it('validates (memberCount) and refuses a code already used', async () => {
      const neg = await t.gql(UPDATE, { id: tree.branches[3].id, input: { memberCount: -3 } }, tokens.admin);
      expect(neg.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'memberCount' });
      const dup = await t.gql(UPDATE, { id: tree.branches[3].id, input: { code: 'B-A1' } }, tokens.admin);
      expect(dup.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    });

    it.each([
      [{ name: null }, 'name'],
      [{ active: null }, 'active'],
      [{ memberCount: null }, 'memberCount'],
      [{ code: null }, 'code'],
      [{ name: '   ' }, 'name'],
    ])('refuses %j with BAD_USER_INPUT naming %s, and changes nothing', async (input, field) => {
      const [before] = await t.dataSource.query(
        `SELECT code, name, member_count, active FROM org_unit WHERE id = $1`,
        [tree.branches[2].id],
      );
      const r = await t.gql(UPDATE, { id: tree.branches[2].id, input }, tokens.admin);
      expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(r.errors![0].message).toMatch(new RegExp(`^${field}: ${field} must not be (null|empty)`));
      const [after] = await t.dataSource.query(
        `SELECT code, name, member_count, active FROM org_unit WHERE id = $1`,
        [tree.branches[2].id],
      );
      expect(after).toEqual(before);
    });

    it('stores a name trimmed', async () => {
      const r = await t.gql<{ updateOrgUnit: { name: string } }>(
        UPDATE,
        { id: tree.branches[2].id, input: { name: '  一支部 ' } },
        tokens.admin,
      );
      expect(r.data!.updateOrgUnit.name).toBe('一支部');
    });

    it('VIEWER and BRANCH may not update', async () => {
      for (const token of [tokens.viewer, tokens.branch]) {
        const r = await t.gql(UPDATE, { id: tree.branches[0].id, input: { name: 'x' } }, token);
        expect(r.errors![0].extensions!.code).toBe('FORBIDDEN');
      }
    });
  });
});
