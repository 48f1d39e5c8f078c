import { EventEmitter } from 'node:events';
import { PGlite } from '@electric-sql/pglite';
import { pgliteOptions } from './pglite-options';
import { PgliteThread, type PgliteLike } from './pglite-thread';

/**
 * A `pg`-compatible driver for TypeORM's postgres dialect on embedded PGlite.
 *
 * Built on the approach of `typeorm-pglite` (its PGliteDriver), with three changes the app needs:
 * - one PGlite instance per DataSource (typeorm-pglite keeps a process-wide singleton, so two test
 *   apps in one process would share a database);
 * - PGlite has a single session, so a client is handed out exclusively until released: concurrent
 *   requests queue instead of interleaving their BEGIN/COMMIT on the same session;
 * - results look like pg's (`rowCount`, `command`; int8 and numeric as strings), so code behaves the
 *   same on PGlite and PostgreSQL.
 *
 * Pass `{ driver: createPgliteDriver({ dataDir }) }` in the DataSource options (type 'postgres').
 */
export interface PgliteDriverOptions {
  /** A folder to persist to; undefined = in memory. */
  dataDir?: string;
  /** How long a connect() may wait for the single session before failing (ms). */
  acquireTimeoutMs?: number;
  /**
   * Start from this dumped data directory (PGlite's dumpDataDir) instead of running initdb: the test
   * harness loads an already migrated database, which is several times faster than a fresh one.
   */
  loadDataDir?: Blob;
  /**
   * Run PGlite on its own worker thread (pglite-thread.ts) so statements don't hold the event loop:
   * the server's persisted database. Needs `dataDir`; in-memory test databases stay in-process.
   */
  thread?: boolean;
  /**
   * Use this already open database instead of opening one, and hand it back instead of closing it
   * when the pool ends: the test harness reuses a worker's PGlite across suites (test/pglite-pool.ts).
   */
  lease?: PgliteLease;
}

export interface PgliteLease {
  db: Promise<PgliteLike>;
  /** Called once, instead of close(), when the pool ends. */
  giveBack(): Promise<void>;
}

interface PgLikeResult {
  rows: unknown[];
  rowCount: number;
  command: string;
  fields: unknown[];
}

type QueryCallback = (err: Error | null, result?: PgLikeResult) => void;

export class PgliteSession extends EventEmitter {
  /** `db`: the PGlite behind the session (in-process, the test harness dumps a migrated one). */
  constructor(readonly db: Promise<PgliteLike>) {
    super();
  }

  async query(sql: string, params?: unknown[] | QueryCallback, cb?: QueryCallback): Promise<PgLikeResult> {
    let values = params;
    let callback = cb;
    if (typeof values === 'function') {
      callback = values;
      values = undefined;
    }
    try {
      const db = await this.db;
      const result = await runQuery(db, sql, values as unknown[] | undefined);
      callback?.(null, result);
      return result;
    } catch (err) {
      callback?.(err as Error);
      throw err;
    }
  }
}

async function runQuery(db: PgliteLike, sql: string, values?: unknown[]): Promise<PgLikeResult> {
  const command = (/^\s*(\w+)/.exec(sql)?.[1] ?? '').toUpperCase();
  if (values && values.length > 0) {
    const r = await db.query(sql, values);
    return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length, command, fields: r.fields };
  }
  // exec runs multi-statement scripts (migrations); TypeORM expects the last statement's result.
  const results = await db.exec(sql);
  const last = results[results.length - 1];
  return {
    rows: last?.rows ?? [],
    rowCount: last?.affectedRows ?? last?.rows.length ?? 0,
    command,
    fields: last?.fields ?? [],
  };
}

export function createPgliteDriver(options: PgliteDriverOptions = {}): {
  Pool: new (config?: unknown) => EventEmitter;
} {
  const acquireTimeoutMs = options.acquireTimeoutMs ?? 30_000;

  class PglitePool extends EventEmitter {
    private readonly db: Promise<PgliteLike>;
    private readonly session: PgliteSession;
    private busy = false;
    private readonly waiting: Array<() => void> = [];
    private ended = false;

    constructor() {
      super();
      this.db = openPglite(options);
      this.db.catch((err) => this.emit('error', err));
      this.session = new PgliteSession(this.db);
    }

    connect(
      callback: (err: Error | null, client: PgliteSession | null, release: (err?: unknown) => void) => void,
    ): void {
      if (this.ended) {
        callback(new Error('PGlite pool has ended'), null, () => undefined);
        return;
      }
      const grant = () => {
        this.busy = true;
        let released = false;
        const release = () => {
          if (released) return;
          released = true;
          const next = this.waiting.shift();
          if (next) next();
          else this.busy = false;
        };
        this.db.then(
          () => callback(null, this.session, release),
          (err: Error) => {
            release();
            callback(err, null, () => undefined);
          },
        );
      };
      if (!this.busy) {
        grant();
        return;
      }
      const timer = setTimeout(() => {
        const i = this.waiting.indexOf(waiter);
        if (i >= 0) this.waiting.splice(i, 1);
        callback(
          new Error(
            `PGlite session busy for ${acquireTimeoutMs} ms: is a query using dataSource.manager inside a transaction instead of the transaction's manager?`,
          ),
          null,
          () => undefined,
        );
      }, acquireTimeoutMs);
      timer.unref?.();
      const waiter = () => {
        clearTimeout(timer);
        grant();
      };
      this.waiting.push(waiter);
    }

    /** Direct pool.query (not used by TypeORM's query runners, kept for pg compatibility). */
    query(sql: string, params?: unknown[] | QueryCallback, cb?: QueryCallback): Promise<PgLikeResult> {
      return this.session.query(sql, params, cb);
    }

    end(callback?: (err?: Error | null) => void): Promise<void> {
      this.ended = true;
      const lease = options.lease;
      const done = this.db
        .then((db) => (lease ? lease.giveBack() : db.close()))
        .then(
          () => callback?.(null),
          (err: Error) => callback?.(err),
        );
      return done;
    }
  }

  return { Pool: PglitePool };
}

function openPglite(options: PgliteDriverOptions): Promise<PgliteLike> {
  if (options.lease) return options.lease.db;
  if (options.thread) {
    const dataDir = options.dataDir;
    if (!dataDir) return Promise.reject(new Error('a PGlite thread needs a dataDir'));
    return new Promise((resolve) => resolve(new PgliteThread(dataDir)));
  }
  return PGlite.create(pgliteOptions(options.dataDir, options.loadDataDir)).catch(
    (err: NodeJS.ErrnoException) => {
      if (err?.code === 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG') {
        throw new Error(
          "PGlite needs dynamic import: under Jest's own runner, start Node with --experimental-vm-modules",
        );
      }
      throw err;
    },
  );
}
