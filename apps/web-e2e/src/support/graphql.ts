import { baseUrl } from './env';

export const DEMO_PASSWORD = 'demo1234';
export type DemoUser = 'admin' | 'reviewer' | 'branch' | 'viewer';

interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * The API as the tests' own client: to read the figures the screens must show, and to put an
 * assessment in the state a scenario starts from. Tokens are cached per demo user.
 */
export class Api {
  private readonly tokens = new Map<DemoUser, string>();

  async token(user: DemoUser): Promise<string> {
    const cached = this.tokens.get(user);
    if (cached) return cached;
    const { login } = await this.request<{ login: { token: string } }>(
      'mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: user, p: DEMO_PASSWORD },
    );
    this.tokens.set(user, login.token);
    return login.token;
  }

  /** A query or mutation as `user`; GraphQL errors are thrown with their codes. */
  async as<T>(user: DemoUser, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    return this.request<T>(query, variables, await this.token(user));
  }

  private async request<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
    const response = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphQLResponse<T>;
    if (body.errors?.length || !body.data) {
      const problems = (body.errors ?? [])
        .map((e) => `${e.extensions?.code ?? '?'}: ${e.message}`)
        .join('; ');
      throw new Error(`GraphQL failed (HTTP ${response.status}): ${problems || 'no data'}`);
    }
    return body.data;
  }
}
