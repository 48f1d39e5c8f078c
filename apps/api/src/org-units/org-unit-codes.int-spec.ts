import { createUserFixture, seedOrgTree } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { Role } from '../auth/role.enum';

const CREATE = `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id code districtId } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateOrgUnitInput!) { updateOrgUnit(id: $id, input: $input) { id code } }`;

/**
 * Org-unit codes are unique per district (migration 1795470010000): a code another district uses is
 * free here, so a refusal never tells one district what codes another has.
 */
describe('org-unit codes per district (GraphQL over HTTP)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it("accepts another district's code, refuses its own district's, and names no other district", async () => {
    const mine = await seedOrgTree(t.dataSource, 'CA-');
    const theirs = await seedOrgTree(t.dataSource, 'CB-');
    const admin = await createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: mine.district.id });
    const token = t.signToken(admin.user);
    const theirCode = theirs.branches[0].code;

    // Create: their code is free in my district.
    const created = await t.gql<{ createOrgUnit: { id: string; code: string; districtId: string } }>(
      CREATE,
      {
        input: {
          parentId: mine.streets[0].id,
          code: theirCode,
          name: '新支部',
          kind: 'BRANCH',
          sector: 'COMMUNITY',
        },
      },
      token,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createOrgUnit).toMatchObject({ code: theirCode, districtId: mine.district.id });

    // Update: renaming a unit to their code (another one of theirs) works too.
    const renamed = await t.gql(
      UPDATE,
      { id: mine.branches[1].id, input: { code: theirs.branches[1].code } },
      token,
    );
    expect(renamed.errors).toBeUndefined();

    // My own district's code is refused, naming the field and only this district.
    const dup = await t.gql(
      CREATE,
      {
        input: {
          parentId: mine.streets[1].id,
          code: theirCode,
          name: '重复',
          kind: 'BRANCH',
          sector: 'COMMUNITY',
        },
      },
      token,
    );
    expect(dup.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(dup.errors![0].message).toBe(
      `code: "${theirCode}" is already used by another unit of this district`,
    );
    const dupUpdate = await t.gql(
      UPDATE,
      { id: mine.branches[2].id, input: { code: mine.branches[3].code } },
      token,
    );
    expect(dupUpdate.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });

    // Their units are untouched and still hold their codes.
    const rows: { code: string }[] = await t.dataSource.query(
      `SELECT code FROM org_unit WHERE district_id = $1 ORDER BY code`,
      [theirs.district.id],
    );
    expect(rows.map((r) => r.code)).toContain(theirCode);
  });

  it('the database holds the rule: the same code twice in one district is a unique violation', async () => {
    const tree = await seedOrgTree(t.dataSource, 'CC-');
    await expect(
      t.dataSource.query(
        `INSERT INTO org_unit (id, parent_id, path, code, name, kind, sector, member_count, active, district_id)
         SELECT gen_random_uuid(), parent_id, path, code, name, kind, sector, member_count, active, district_id
           FROM org_unit WHERE id = $1`,
        [tree.branches[0].id],
      ),
    ).rejects.toMatchObject({ code: '23505' });
  });
});
