import { createUserFixture, seedOrgTree } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { nameSearchKey } from '../analytics/figures/name-key';
import { Role } from '../auth/role.enum';

const HEPING = 'hepingshequdangzhibu\u0001hpsqdzb';

const CREATE = `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id namePinyin } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateOrgUnitInput!) { updateOrgUnit(id: $id, input: $input) { namePinyin } }`;
const TREE = `{ orgTree { id name namePinyin children { id name namePinyin children { id name namePinyin } } } }`;
const UNIT = `query ($id: ID!) { orgUnit(id: $id) { namePinyin children { id name namePinyin } } }`;

interface Unit {
  id: string;
  name: string;
  namePinyin: string | null;
  children?: Unit[] | null;
}
const flatten = (u: Unit): Unit[] => [u, ...(u.children ?? []).flatMap(flatten)];

/**
 * OrgUnit.namePinyin: the stored search pinyin (org_unit.name_pinyin), which the web's pickers match
 * typed text against as the server's searches do. Read with the rows by orgTree, looked up for the
 * units answered without it (orgUnit, its children, mutations).
 */
describe('OrgUnit.namePinyin (GraphQL over HTTP)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it("answers the name's stored pinyin on the tree, one unit, its children and the mutations", async () => {
    const tree = await seedOrgTree(t.dataSource, 'PY-');
    const admin = await createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: tree.district.id });
    const token = t.signToken(admin.user);

    // Created: the figures refresh computes it in the mutation's transaction; the answer reads it after.
    const created = await t.gql<{ createOrgUnit: { id: string; namePinyin: string | null } }>(
      CREATE,
      {
        input: {
          parentId: tree.streets[0].id,
          code: 'PY-DC-002',
          name: '和平社区党支部',
          kind: 'BRANCH',
          sector: 'COMMUNITY',
        },
      },
      token,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createOrgUnit.namePinyin).toBe(HEPING);
    const id = created.data!.createOrgUnit.id;

    // The tree: every unit, the root included, with its name's pinyin (the refresh filled the seeded ones).
    const listed = await t.gql<{ orgTree: Unit }>(TREE, {}, token);
    expect(listed.errors).toBeUndefined();
    const units = flatten(listed.data!.orgTree);
    expect(units).toHaveLength(8);
    expect(units.find((u) => u.id === id)?.namePinyin).toBe(HEPING);
    for (const u of units) expect(u.namePinyin).toBe(nameSearchKey(u.name));

    // One unit and its children (read without the column: looked up, in one batch).
    const street = await t.gql<{ orgUnit: Unit }>(UNIT, { id: tree.streets[0].id }, token);
    expect(street.errors).toBeUndefined();
    expect(street.data!.orgUnit.namePinyin).toBe(nameSearchKey(tree.streets[0].name));
    expect(street.data!.orgUnit.children!.map((c) => [c.name, c.namePinyin])).toEqual(
      expect.arrayContaining([['和平社区党支部', HEPING]]),
    );

    // Renamed: the answer carries the new name's pinyin.
    const renamed = await t.gql<{ updateOrgUnit: { namePinyin: string | null } }>(
      UPDATE,
      { id, input: { name: '幸福村党支部' } },
      token,
    );
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data!.updateOrgUnit.namePinyin).toBe('xingfucundangzhibu\u0001xfcdzb');

    // Not computed yet (a unit written outside the app until the next refresh): null, not an error.
    await t.dataSource.query(`UPDATE org_unit SET name_pinyin = NULL WHERE id = $1`, [id]);
    const pending = await t.gql<{ orgUnit: Unit }>(UNIT, { id }, token);
    expect(pending.errors).toBeUndefined();
    expect(pending.data!.orgUnit.namePinyin).toBeNull();

    // Derived from the name, it is not part of the audited snapshot.
    const audited: { after: Record<string, unknown> }[] = await t.dataSource.query(
      `SELECT after FROM audit_event WHERE target_id = $1 AND action = 'ORG_UNIT_CREATED'`,
      [id],
    );
    expect(audited).toHaveLength(1);
    expect(audited[0].after).toMatchObject({ name: '和平社区党支部' });
    expect(audited[0].after).not.toHaveProperty('namePinyin');
  });
});
