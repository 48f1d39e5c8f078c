import { Worker } from 'node:worker_threads';
import type { Results } from '@electric-sql/pglite';
import { workerEntry } from '../common/worker-entry';

/** What the sessions of the PGlite driver need of a PGlite instance (PGlite itself has it). */
export interface PgliteLike {
  query(sql: string, params?: unknown[]): Promise<Results>;
  exec(sql: string): Promise<Results[]>;
  close(): Promise<void>;
}

type PgliteCommand =
  { op: 'query'; sql: string; params?: unknown[] } | { op: 'exec'; sql: string } | { op: 'close' };

export type PgliteRequest = PgliteCommand & { id: number };

export interface PgliteResponse {
  id: number;
  result?: unknown;
  error?: { message: string; name: string; fields: Record<string, unknown> };
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
}

/**
 * PGlite on its own thread. PGlite is Postgres compiled to WebAssembly: in the request thread, every
 * statement runs on the event loop, so ten report downloads held `/health` for most of a second.
 * Here the request thread only posts the SQL and awaits the rows (structured clone keeps Date and
 * Uint8Array), and stays free to answer everyone else. Errors come back with their Postgres fields
 * (code, constraint, detail…), which the app's conflict handling reads.
 *
 * The server's persisted database uses it; the tests' in-memory databases stay in-process, where they
 * are dumped and loaded as templates.
 */
export class PgliteThread implements PgliteLike {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private failure: Error | null = null;

  constructor(dataDir: string) {
    const entry = workerEntry(__dirname, 'pglite.worker');
    this.worker = new Worker(entry.filename, {
      execArgv: entry.execArgv,
      env: entry.env,
      workerData: { dataDir },
    });
    this.worker.on('message', (response: PgliteResponse) => this.settle(response));
    this.worker.on('error', (err) => this.fail(err));
    this.worker.on('exit', (code) => this.fail(new Error(`the PGlite thread exited (code ${code})`)));
  }

  query(sql: string, params?: unknown[]): Promise<Results> {
    return this.send({ op: 'query', sql, params }) as Promise<Results>;
  }

  exec(sql: string): Promise<Results[]> {
    return this.send({ op: 'exec', sql }) as Promise<Results[]>;
  }

  async close(): Promise<void> {
    if (this.failure) return;
    await this.send({ op: 'close' });
    await this.worker.terminate();
  }

  private send(request: PgliteCommand): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, id });
    });
  }

  private settle({ id, result, error }: PgliteResponse): void {
    const waiter = this.pending.get(id);
    if (!waiter) return;
    this.pending.delete(id);
    if (!error) return waiter.resolve(result);
    const err = Object.assign(new Error(error.message), error.fields);
    err.name = error.name;
    waiter.reject(err);
  }

  /** The thread died: every waiting and later statement fails with the reason instead of hanging. */
  private fail(err: Error): void {
    this.failure ??= err;
    for (const waiter of this.pending.values()) waiter.reject(this.failure);
    this.pending.clear();
  }
}
