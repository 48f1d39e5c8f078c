import { Role } from '../src/auth/role.enum';
import { createUserFixture, seedOrgTree } from './fixtures';
import { createTestApp, TestApp } from './test-app';

/**
 * Apollo's cache-control plugin is disabled (its per-field hooks cost ~25 ms on a big scoreboard);
 * every /graphql answer must still say `Cache-Control: no-store`, errors included.
 */
describe('GraphQL answers are never cached', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp();
    const tree = await seedOrgTree(t.dataSource);
    token = t.signToken(
      (await createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: tree.district.id })).user,
    );
  });
  afterAll(() => t?.close());

  type Answer = { errors?: { extensions: { code: string } }[] };
  const post = (body: string, auth = true) =>
    fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });

  it('sends Cache-Control: no-store on data, on GraphQL errors and on refused requests', async () => {
    const data = await post(JSON.stringify({ query: '{ me { id } orgTree { id children { id } } }' }));
    expect(data.status).toBe(200);
    expect(((await data.json()) as Answer).errors).toBeUndefined();
    expect(data.headers.get('cache-control')).toBe('no-store');

    const unauthenticated = await post(JSON.stringify({ query: '{ me { id } }' }), false);
    expect(((await unauthenticated.json()) as Answer).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(unauthenticated.headers.get('cache-control')).toBe('no-store');

    const invalid = await post(JSON.stringify({ query: '{ nope }' }));
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get('cache-control')).toBe('no-store');
  });

  it('sends the UTF-8 body whole, with its byte length (Chinese names are 3 bytes a character)', async () => {
    const answer = await post(JSON.stringify({ query: '{ orgTree { name children { name } } }' }));
    const bytes = Buffer.from(await answer.arrayBuffer());
    expect(answer.headers.get('content-type')).toMatch(/^application\/json; charset=utf-8/);
    expect(Number(answer.headers.get('content-length'))).toBe(bytes.length);
    const tree = JSON.parse(bytes.toString('utf8')) as { data: { orgTree: { name: string } } };
    expect(tree.data.orgTree.name).toMatch(/[\u4e00-\u9fff]/);
  });
});
