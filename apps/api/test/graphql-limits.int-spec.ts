import { getIntrospectionQuery } from 'graphql';
import { Role } from '../src/auth/role.enum';
import { MAX_ALIASES } from '../src/common/graphql-limits';
import { createUserFixture, seedOrgTree } from './fixtures';
import { createTestApp, TestApp } from './test-app';

describe('GraphQL limits', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp();
    const tree = await seedOrgTree(t.dataSource);
    token = t.signToken((await createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: tree.district.id })).user);
  });
  afterAll(() => t?.close());

  it('introspection works outside production (codegen reads the schema)', async () => {
    const r = await t.gql<{ __schema: { queryType: { name: string } } }>(getIntrospectionQuery());
    expect(r.errors).toBeUndefined();
    expect(r.data!.__schema.queryType.name).toBe('Query');
  });

  it('refuses too many aliases', async () => {
    const fields = Array.from({ length: MAX_ALIASES + 1 }, (_, i) => `a${i}: me { id }`).join(' ');
    const r = await t.gql(`{ ${fields} }`, {}, token);
    expect(r.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.errors![0].message).toMatch(/aliases/);
  });

  it('refuses too deep queries', async () => {
    let sel = 'id';
    for (let i = 0; i < 14; i++) sel = `children { ${sel} }`;
    const r = await t.gql(`{ orgTree { ${sel} } }`, {}, token);
    expect(r.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.errors![0].message).toMatch(/depth/);
  });

  it('unknown fields are refused by GraphQL validation', async () => {
    const r = await t.gql('{ nope }', {}, token);
    expect(r.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
