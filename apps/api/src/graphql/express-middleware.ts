import { parse } from 'node:url';
import { ApolloServer, BaseContext, ContextFunction, HeaderMap, HTTPGraphQLRequest } from '@apollo/server';
import type { HttpRequest, HttpResponse, NextFn } from '../common/http-types';
import { GRAPHQL_LIMITS } from '../common/graphql-limits';

/**
 * Apollo Server 5 ↔ Express 5 glue, equivalent to `expressMiddleware` of `@as-integrations/express5`
 * (which @nestjs/apollo loads but which is not among this project's dependencies).
 */
export function expressMiddleware<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  options: { context?: ContextFunction<[{ req: HttpRequest; res: HttpResponse }], TContext> } = {},
) {
  server.assertStarted('expressMiddleware()');
  const context: ContextFunction<[{ req: HttpRequest; res: HttpResponse }], TContext> =
    options.context ?? (async () => ({}) as TContext);

  return (
    req: HttpRequest & { body?: unknown },
    res: HttpResponse & { status(code: number): unknown; send(body: string): unknown },
    next: NextFn,
  ) => {
    if (!req.body) {
      res.statusCode = 500;
      res.send('`req.body` is not set: a JSON body parser must run before the GraphQL middleware');
      return;
    }
    const tooLong = documentTooLong(req.body, parse(req.url, true).query['query']);
    if (tooLong) {
      res.statusCode = 400;
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.send(
        JSON.stringify({ errors: [{ message: tooLong, extensions: { code: 'GRAPHQL_PARSE_FAILED' } }] }),
      );
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = {
      method: req.method.toUpperCase(),
      headers,
      search: parse(req.url).search ?? '',
      body: req.body,
    };
    server
      .executeHTTPGraphQLRequest({ httpGraphQLRequest, context: () => context({ req, res }) })
      .then(async (response) => {
        // Answers are per-user data (bearer token): no browser or proxy may keep them. Apollo's
        // cache-control plugin used to send this; it is disabled (pathboard-apollo.driver.ts).
        res.setHeader('cache-control', 'no-store');
        for (const [key, value] of response.headers) res.setHeader(key, value);
        res.statusCode = response.status || 200;
        if (response.body.kind === 'complete') {
          // Encoded once, here: given a string, Node scans it once for Content-Length and encodes it
          // again to write it, two passes over a scoreboard's megabytes (about 5 ms at 5,000 rows).
          const body = Buffer.from(response.body.string, 'utf8');
          res.setHeader('content-length', body.length);
          res.end(body);
          return;
        }
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      })
      .catch(next);
  };
}

/**
 * The first limit (README "GraphQL limits"): a document longer than maxDocumentChars is refused
 * before Apollo reads it. JSON bodies may be larger (5 MB: evidence text travels in variables).
 */
function documentTooLong(body: unknown, queryParam: unknown): string | null {
  const query = (body as { query?: unknown }).query ?? queryParam;
  const length = typeof query === 'string' ? query.length : Array.isArray(query) ? query.join('').length : 0;
  const max = GRAPHQL_LIMITS.maxDocumentChars;
  return length > max ? `The GraphQL document has ${length} characters; the limit is ${max}` : null;
}
