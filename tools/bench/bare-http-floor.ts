import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';

export interface Statement {
  sql: string;
  params: unknown[];
}

export interface BareServer {
  url: string;
  /** What the next requests run. */
  serve(next: Statement[]): Promise<void>;
  close(): Promise<void>;
}

/**
 * The floor any HTTP API sets on the ratio bench:api judges: a bare `node:http` server, with no
 * framework, GraphQL, auth or compression, that runs one request's statements on `pg` (one pooled
 * connection per request, as the raw replay) and answers the last statement's rows as JSON. Timed
 * beside the API and the raw statements ("bare ÷ raw" in api.bench.ts): what an HTTP hop and JSON
 * alone add to statements that take a millisecond or two.
 *
 * By default it runs in its own process (`startBareProcess`), as the timed API does: each request then
 * crosses three processes (client, server, PostgreSQL) on the machine's cores, as the API's do.
 * `startBareServer` runs it in the caller's process instead, sharing the client's event loop (how
 * bench:api measured until 2026-12-07: a lower floor than any deployed server can reach).
 */
export async function startBareServer(pool: Pool): Promise<BareServer> {
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
    async serve(next: Statement[]) {
      statements = next;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

type ToChild = { statements: Statement[] } | { close: true };
type FromChild = { url: string } | { served: true };

/**
 * The bare server in a child process of its own (this file, forked with the caller's loader flags),
 * with its own one-connection pool on `url` and the session settings in `options`.
 */
export async function startBareProcess(url: string, options: string): Promise<BareServer> {
  const child = fork(__filename, [], {
    env: { ...process.env, BARE_HTTP_CHILD: '1', BARE_HTTP_URL: url, BARE_HTTP_OPTIONS: options },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  // One answer awaited at a time; an exit while waiting fails it.
  let waiting: { resolve: (m: FromChild) => void; reject: (e: Error) => void } | null = null;
  child.on('message', (message) => waiting?.resolve(message as FromChild));
  child.on('exit', (code) => waiting?.reject(new Error(`the bare server exited (${code})`)));
  const next = () => new Promise<FromChild>((resolve, reject) => (waiting = { resolve, reject }));
  const started = await next();
  if (!('url' in started)) throw new Error('the bare server did not say where it listens');
  return {
    url: started.url,
    async serve(statements: Statement[]) {
      const served = next();
      child.send({ statements } satisfies ToChild);
      await served;
    },
    close: async () => {
      child.send({ close: true } satisfies ToChild);
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

if (process.env['BARE_HTTP_CHILD'] === '1' && process.send) {
  const pool = new Pool({
    connectionString: process.env['BARE_HTTP_URL'],
    max: 1,
    options: process.env['BARE_HTTP_OPTIONS'],
  });
  void startBareServer(pool).then((bare) => {
    process.on('message', (message: ToChild) => {
      if ('close' in message) {
        void bare
          .close()
          .then(() => pool.end())
          .then(() => process.exit(0));
        return;
      }
      void bare.serve(message.statements).then(() => process.send!({ served: true } satisfies FromChild));
    });
    process.send!({ url: bare.url } satisfies FromChild);
  });
}
