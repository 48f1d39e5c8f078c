import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Pool } from 'pg';

export interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * The floor any HTTP API sets on the ratio bench:api judges: a bare `node:http` server, with no
 * framework, GraphQL, auth or compression, that runs one request's statements on `pg` (one pooled
 * connection per request, as the raw replay) and answers the last statement's rows as JSON. Timed
 * beside the API and the raw statements ("bare http" in api.bench.ts): what an HTTP hop and JSON
 * alone add to statements that take a millisecond or two. It runs in the benchmark's process, so it
 * shares the client's event loop (the API does not): a floor, not a competitor.
 */
export async function startBareServer(pool: Pool) {
  let statements: Statement[] = [];
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      void (async () => {
        const client = await pool.connect();
        try {
          let rows: unknown[] = [];
          for (const s of statements) rows = (await client.query(s.sql, s.params)).rows;
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify({ data: rows }));
        } catch (error) {
          res.statusCode = 500;
          res.end(String(error));
        } finally {
          client.release();
        }
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** What the next requests run. */
    serve(next: Statement[]) {
      statements = next;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
