import { getIntrospectionQuery } from 'graphql';
import { Role } from '../src/auth/role.enum';
import { GRAPHQL_LIMITS, MAX_ALIASES } from '../src/common/graphql-limits';
import { createUserFixture, seedOrgTree } from './fixtures';
import { createTestApp, TestApp } from './test-app';

/** 4 nested fragments of 5 aliases each: 20 aliases in the text, 780 once the fragments are expanded. */
function fragmentAmplification(): string {
  const aliases = (body: string) => Array.from({ length: 5 }, (_, i) => `c${i}: ${body}`).join(' ');
  return `query { orgTree { ...F1 } }
    fragment F1 on OrgUnit { ${aliases('children { ...F2 }')} }
    fragment F2 on OrgUnit { ${aliases('children { ...F3 }')} }
    fragment F3 on OrgUnit { ${aliases('children { ...F4 }')} }
    fragment F4 on OrgUnit { ${aliases('name')} }`;
}

describe('GraphQL limits', () => {
  let t: TestApp;
  let token: string;
  let viewerToken: string;

  beforeAll(async () => {
    t = await createTestApp();
    const tree = await seedOrgTree(t.dataSource);
    token = t.signToken(
      (await createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: tree.district.id })).user,
    );
    viewerToken = t.signToken(
      (await createUserFixture(t.dataSource, { role: Role.VIEWER, scopeUnitId: tree.district.id })).user,
    );
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
    expect(r.status).toBe(400);
    expect(r.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.errors![0].message).toMatch(/Aliases limit of 40 exceeded/);
  });

  it.each([
    ['an ADMIN', () => token],
    ['a VIEWER', () => viewerToken],
  ])(
    'counts aliases with fragments expanded (%s): nested fragments cannot multiply them',
    async (_who, tokenOf) => {
      const r = await t.gql(fragmentAmplification(), {}, tokenOf());
      expect(r.status).toBe(400);
      expect(r.data).toBeUndefined();
      expect(r.errors![0]).toMatchObject({
        message: 'Aliases limit of 40 exceeded, found 780.',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      });
    },
  );

  it('refuses too deep queries', async () => {
    let sel = 'id';
    for (let i = 0; i < 14; i++) sel = `children { ${sel} }`;
    const r = await t.gql(`{ orgTree { ${sel} } }`, {}, token);
    expect(r.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.errors![0].message).toMatch(/depth limit of 12 exceeded/);
  });

  it('counts depth through fragments', async () => {
    let fragments = 'fragment F7 on OrgUnit { id }';
    for (let i = 6; i >= 1; i--)
      fragments += ` fragment F${i} on OrgUnit { children { children { ...F${i + 1} } } }`;
    const r = await t.gql(`{ orgTree { ...F1 } } ${fragments}`, {}, token);
    expect(r.errors![0].message).toMatch(/depth limit of 12 exceeded, found 14/);
  });

  it('refuses a document over the cost limit', async () => {
    // Few aliases and within the depth limit, but 11 levels of 32 fields: the cost grows ×1.5 a level.
    const fields = 'id code name kind path sector active memberCount '.repeat(4);
    let sel = fields;
    for (let i = 0; i < 10; i++) sel = `${fields} children { ${sel} }`;
    const r = await t.gql(`{ orgTree { ${sel} } }`, {}, token);
    expect(r.status).toBe(400);
    expect(r.errors![0].message).toMatch(/Query Cost limit of 5000 exceeded/);
  });

  it.each([
    ['400,000 __typename fields', `{ ${'__typename '.repeat(400_000)}}`],
    ['150,000 sibling fields', `{ ${'me { id } '.repeat(150_000)}}`],
  ])('refuses %s from an anonymous caller with 400, before parsing (document size)', async (_what, query) => {
    const r = await t.gql(query);
    expect(r.status).toBe(400);
    expect(r.errors![0]).toMatchObject({ extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect(r.errors![0].message).toMatch(
      new RegExp(`characters; the limit is ${GRAPHQL_LIMITS.maxDocumentChars}$`),
    );
  });

  it('refuses a document over the token limit with 400 while parsing', async () => {
    // 2,402 tokens in 4,203 characters: a valid query, short, but over the token limit.
    const query = `{ ${'me{id} '.repeat(600)}}`;
    expect(query.length).toBeLessThan(GRAPHQL_LIMITS.maxDocumentChars);
    const r = await t.gql(query);
    expect(r.status).toBe(400);
    expect(r.errors![0]).toMatchObject({ extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect(r.errors![0].message).toMatch(/more tha[nt] 2000 tokens/);
  });

  it.each([
    ['an unknown enum value', { s: 'NOPE' }, /^Variable "\$s" got invalid value "NOPE"/],
    ['a wrong type', { s: 5 }, /^Variable "\$s" got invalid value 5/],
  ])(
    'answers a variable with %s as BAD_USER_INPUT naming the variable',
    async (_what, variables, message) => {
      const r = await t.gql(
        'query ($s: AssessmentStatus) { assessments(period: "2026Q1", status: $s) { id } }',
        variables,
        token,
      );
      expect(r.data).toBeUndefined();
      expect(r.errors).toHaveLength(1);
      expect(r.errors![0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 's', variable: 's' },
      });
      expect(r.errors![0].message).toMatch(message);
    },
  );

  it('answers a missing required variable as BAD_USER_INPUT naming it', async () => {
    const r = await t.gql('query ($id: ID!) { orgUnit(id: $id) { id } }', {}, token);
    expect(r.errors![0]).toMatchObject({
      message: 'Variable "$id" of required type "ID!" was not provided.',
      extensions: { code: 'BAD_USER_INPUT', field: 'id' },
    });
  });

  it('unknown fields are refused by GraphQL validation (with suggestions outside production)', async () => {
    const r = await t.gql('{ scoreboad }', {}, token);
    expect(r.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.errors![0].message).toMatch(/Did you mean "scoreboard"/);
  });
});

describe('GraphQL in production mode', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp({
      env: { NODE_ENV: 'production', JWT_SECRET: 'a-long-enough-production-secret-for-tests' },
    });
    const tree = await seedOrgTree(t.dataSource);
    token = t.signToken(
      (await createUserFixture(t.dataSource, { role: Role.VIEWER, scopeUnitId: tree.district.id })).user,
    );
  });
  afterAll(() => t?.close());

  it('has no introspection', async () => {
    const r = await t.gql(getIntrospectionQuery());
    expect(r.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it.each([
    ['a misspelt field', '{ scoreboad }', /^Cannot query field "scoreboad" on type "Query".$/],
    [
      'a misspelt argument',
      '{ orgTree(includeInactiv: true) { id } }',
      /^Unknown argument "includeInactiv" on field "Query.orgTree".$/,
    ],
    [
      'a misspelt enum value',
      '{ assessments(period: "2026Q1", status: SUBMITED) { id } }',
      /^Value "SUBMITED" does not exist in "AssessmentStatus" enum.$/,
    ],
    [
      'a misspelt type',
      'query ($s: AssessmentStatu) { assessments(period: "2026Q1", status: $s) { id } }',
      /^Unknown type "AssessmentStatu".$/,
    ],
    [
      'a misspelt input field',
      'mutation { updateOrgUnit(id: "x", input: { nam: "x" }) { id } }',
      /^Field "nam" is not defined by type "UpdateOrgUnitInput".$/,
    ],
  ])('suggests nothing for %s', async (_what, query, message) => {
    const r = await t.gql(query, {}, token);
    expect(r.errors![0].message).toMatch(message);
    expect(JSON.stringify(r.errors)).not.toMatch(/Did you mean/);
  });

  it('suggests nothing for a misspelt enum value in variables', async () => {
    const r = await t.gql(
      'query ($s: AssessmentStatus) { assessments(period: "2026Q1", status: $s) { id } }',
      { s: 'SUBMITED' },
      token,
    );
    expect(r.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(r.errors)).not.toMatch(/Did you mean|SUBMITTED/);
  });
});
