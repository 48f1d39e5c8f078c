import { defaultFramework } from '@pathboard/frameworks';
import { createUnitFixture, createUserFixture, seedOrgTree } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { Role } from '../auth/role.enum';
import { OrgUnitKind, Sector } from '../org-units/org-unit.enums';
import type { OrgUnitEntity } from '../org-units/org-unit.entity';
import { IMPORT_FRAMEWORK, OPEN_PERIOD } from '../assessments/testing/assessment-ops';

const PERIOD = '2026Q2';
const PAGE = `query ($unitId: ID!, $search: String) {
  branchPage(unitId: $unitId, period: "${PERIOD}", limit: 100, offset: 0, sortBy: "code", descending: false, search: $search) {
    totalCount branches { code } } }`;

/**
 * The branch table's text search: a part of the code, of the name or of the name's pinyin (full or
 * initials), letters in either case, the wildcards % and _ taken literally, never a match across the
 * code and the name. The expected codes
 * are worked out here from the names and codes the test gave the branches.
 */
describe('branch table search (branchPage search)', () => {
  let t: TestApp;
  let district: OrgUnitEntity;
  let token: string;
  const named: { code: string; name: string }[] = [
    { code: 'SR-Alpha-7', name: '幸福里社区党支部' },
    { code: 'SR-beta_2', name: 'Xingfu 100%村党支部' },
    { code: 'SR-GAMMA', name: '光明社区第一党支部' },
    { code: 'SR-DC-002', name: '和平社区党支部' },
  ];

  beforeAll(async () => {
    t = await createTestApp();
    const tree = await seedOrgTree(t.dataSource, 'SR-');
    district = tree.district;
    for (const { code, name } of named)
      await createUnitFixture(t.dataSource, {
        parent: tree.streets[0],
        kind: OrgUnitKind.BRANCH,
        code,
        name,
        sector: Sector.COMMUNITY,
        memberCount: 12,
      });
    const admin = await createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: district.id });
    token = t.signToken(admin.user);
    const imported = await t.gql<{ importFramework: { id: string } }>(
      IMPORT_FRAMEWORK,
      { d: defaultFramework },
      token,
    );
    const opened = await t.gql(
      OPEN_PERIOD,
      { code: PERIOD, frameworkId: imported.data!.importFramework.id, deadline: '2099-01-10T16:00:00.000Z' },
      token,
    );
    expect(opened.errors).toBeUndefined();
  }, 240_000);
  afterAll(() => t?.close());

  const found = async (search: string | null) => {
    const r = await t.gql<{ branchPage: { totalCount: number; branches: { code: string }[] } }>(
      PAGE,
      { unitId: district.id, search },
      token,
    );
    expect(r.errors).toBeUndefined();
    const codes = r.data!.branchPage.branches.map((b) => b.code);
    expect(r.data!.branchPage.totalCount).toBe(codes.length);
    return codes.filter((c) => named.some((n) => n.code === c));
  };

  it.each([
    ['a part of the name', '社区', ['SR-Alpha-7', 'SR-DC-002', 'SR-GAMMA']],
    ['a part of the code, in the other case', 'alpha', ['SR-Alpha-7']],
    // 幸福里's pinyin and the Latin letters of the other name.
    ['Latin letters of a name, in the other case', 'XINGFU', ['SR-Alpha-7', 'SR-beta_2']],
    ['the code', 'SR-DC-002', ['SR-DC-002']],
    ['a part of the code', '002', ['SR-DC-002']],
    ['the pinyin initials', 'hp', ['SR-DC-002']],
    ['the pinyin initials, in the other case', 'HPSQ', ['SR-DC-002']],
    ['the full pinyin', 'heping', ['SR-DC-002']],
    ['the full pinyin, in mixed case', 'HePingSheQu', ['SR-DC-002']],
    ['initials with an ordinal', 'gmsqdy', ['SR-GAMMA']],
    ['Latin letters then pinyin', 'xingfucun', ['SR-beta_2']],
    ['the pinyin of every name', 'dangzhibu', ['SR-Alpha-7', 'SR-DC-002', 'SR-GAMMA', 'SR-beta_2']],
    ['no match across the full pinyin and the initials', 'buhp', []],
    ['% taken literally', '100%', ['SR-beta_2']],
    ['_ taken literally', 'a_2', ['SR-beta_2']],
    ['no match across the code and the name', '7幸福', []],
    ['no match', '不存在', []],
  ])('%s: “%s”', async (_what, search, codes) => {
    expect(await found(search)).toEqual(codes);
  });

  it('a renamed branch is found by its new pinyin only', async () => {
    const [unit] = await t.dataSource.query(`SELECT id FROM org_unit WHERE code = 'SR-DC-002'`);
    const renamed = await t.gql(
      `mutation ($id: ID!, $input: UpdateOrgUnitInput!) { updateOrgUnit(id: $id, input: $input) { id } }`,
      { id: unit.id, input: { name: '安定社区党支部' } },
      token,
    );
    expect(renamed.errors).toBeUndefined();
    expect([await found('heping'), await found('anding'), await found('adsq')]).toEqual([
      [],
      ['SR-DC-002'],
      ['SR-DC-002'],
    ]);
    await t.gql(
      `mutation ($id: ID!, $input: UpdateOrgUnitInput!) { updateOrgUnit(id: $id, input: $input) { id } }`,
      { id: unit.id, input: { name: '和平社区党支部' } },
      token,
    );
  });

  it('without a search, every branch', async () => {
    expect(await found(null)).toEqual(named.map((n) => n.code).sort()); // code order, bytewise
  });
});
