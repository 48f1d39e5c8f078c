import { defaultFramework } from '@pathboard/frameworks';
import { createUserFixture, seedOrgTree } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { OPEN_PERIOD } from '../assessments/testing/assessment-ops';
import { Role } from '../auth/role.enum';
import { FrameworksService } from './frameworks.service';

const IMPORT = `mutation ($d: JSON!) { importFramework(definition: $d) { id code version name { zh } } }`;
const LIST = `{ frameworks { id code version name { zh } } }`;
const GET = `query ($id: ID!) { framework(id: $id) { id code version } }`;

describe('frameworks belong to a district (or are shared system frameworks)', () => {
  let t: TestApp;
  let systemId: string;

  async function district(prefix: string) {
    const tree = await seedOrgTree(t.dataSource, prefix);
    const admin = await createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: tree.district.id });
    const branch = await createUserFixture(t.dataSource, {
      role: Role.BRANCH,
      scopeUnitId: tree.branches[0].id,
    });
    return { tree, admin: t.signToken(admin.user), branch: t.signToken(branch.user) };
  }

  beforeAll(async () => {
    t = await createTestApp();
    const frameworks = t.app.get(FrameworksService);
    systemId = (
      await t.dataSource.transaction((m) => frameworks.insertVersion(m, defaultFramework, null, null))
    ).id;
  });
  afterAll(() => t?.close());

  it("another district's PATHBOARD_DEFAULT v2 is neither listed, nor readable, nor usable for a period", async () => {
    const home = await district('HOME');
    const other = await district('OTHER');
    const secret = {
      ...defaultFramework,
      name: { zh: '外区机密考核方案', en: 'Another district’s confidential framework' },
    };
    const imported = await t.gql<{ importFramework: { id: string; version: number } }>(
      IMPORT,
      { d: secret },
      other.admin,
    );
    expect(imported.errors).toBeUndefined();
    expect(imported.data!.importFramework.version).toBe(2); // above the shared v1 its district sees
    const foreignId = imported.data!.importFramework.id;

    for (const token of [home.admin, home.branch]) {
      const list = await t.gql<{
        frameworks: { id: string; code: string; version: number; name: { zh: string } }[];
      }>(LIST, {}, token);
      expect(list.errors).toBeUndefined();
      expect(list.data!.frameworks).toEqual([
        { id: systemId, code: 'PATHBOARD_DEFAULT', version: 1, name: { zh: defaultFramework.name.zh } },
      ]);
      // Out of the district answers exactly as a missing id.
      const foreign = await t.gql(GET, { id: foreignId }, token);
      const missing = await t.gql(GET, { id: '00000000-0000-4000-8000-00000000abcd' }, token);
      expect(foreign.errors![0].extensions!.code).toBe('NOT_FOUND');
      expect(foreign.errors![0].message.replace(foreignId, 'ID')).toBe(
        missing.errors![0].message.replace('00000000-0000-4000-8000-00000000abcd', 'ID'),
      );
    }
    const open = await t.gql(
      OPEN_PERIOD,
      { code: '2026Q1', frameworkId: foreignId, deadline: '2099-04-10T16:00:00Z' },
      home.admin,
    );
    expect(open.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(
      await t.dataSource.query(`SELECT id FROM period WHERE district_id = $1`, [home.tree.district.id]),
    ).toEqual([]);

    // The owner sees its own version beside the shared one; the shared one opens periods anywhere.
    const mine = await t.gql<{ frameworks: { id: string; version: number }[] }>(LIST, {}, other.admin);
    expect(mine.data!.frameworks.map((f) => [f.id, f.version])).toEqual([
      [foreignId, 2],
      [systemId, 1],
    ]);
    const shared = await t.gql(
      OPEN_PERIOD,
      { code: '2026Q1', frameworkId: systemId, deadline: '2099-04-10T16:00:00Z' },
      home.admin,
    );
    expect(shared.errors).toBeUndefined();
  });

  it("a district's import is its own (never shared) and its versions count from what it sees", async () => {
    const a = await district('VA');
    const b = await district('VB');
    const first = await t.gql<{ importFramework: { id: string; version: number } }>(
      IMPORT,
      { d: defaultFramework },
      a.admin,
    );
    const second = await t.gql<{ importFramework: { id: string; version: number } }>(
      IMPORT,
      { d: defaultFramework },
      b.admin,
    );
    expect([first.data!.importFramework.version, second.data!.importFramework.version]).toEqual([2, 2]);
    const owners = await t.dataSource.query(
      `SELECT district_id FROM framework WHERE id = ANY($1::uuid[]) ORDER BY version`,
      [[first.data!.importFramework.id, second.data!.importFramework.id]],
    );
    expect(owners.map((r: { district_id: string }) => r.district_id).sort()).toEqual(
      [a.tree.district.id, b.tree.district.id].sort(),
    );
  });
});
