import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PgliteThread } from './pglite-thread';

/** The server's PGlite thread: results and errors as in-process, and an event loop left free. */
describe('PgliteThread', () => {
  let dir: string;
  let db: PgliteThread;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'pb-pglite-thread-'));
    db = new PgliteThread(dir);
  });
  afterAll(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs scripts and parameterised statements, with pg-like values', async () => {
    await db.exec(`CREATE TABLE t (id int8 PRIMARY KEY, score numeric, ok boolean, at timestamptz, raw bytea);
      CREATE UNIQUE INDEX t_score ON t (score);`);
    const at = new Date('2026-12-05T03:00:00.000Z');
    const inserted = await db.query('INSERT INTO t VALUES ($1, $2, $3, $4, $5)', [
      '9007199254740993',
      '78.50',
      true,
      at,
      Buffer.from([1, 2, 3]),
    ]);
    expect(inserted.affectedRows).toBe(1);
    const { rows } = await db.query('SELECT * FROM t');
    // int8 and numeric as strings (as pg gives them), dates as Date, bytea as bytes.
    expect(rows).toEqual([
      { id: '9007199254740993', score: '78.50', ok: true, at, raw: new Uint8Array([1, 2, 3]) },
    ]);
  });

  it('refuses with the Postgres fields the app reads (code, constraint)', async () => {
    await expect(db.query('INSERT INTO t (id, score) VALUES ($1, $2)', ['2', '78.50'])).rejects.toMatchObject(
      {
        code: '23505',
        constraint: 't_score',
        message: expect.stringContaining('duplicate key'),
      },
    );
    // The session goes on after an error.
    expect((await db.query('SELECT count(*)::int AS n FROM t')).rows).toEqual([{ n: 1 }]);
  });

  it('keeps the event loop free while a long statement runs', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const started = Date.now();
    try {
      await db.query('SELECT count(*) FROM generate_series(1, 3000000) g, LATERAL (SELECT md5(g::text)) m');
    } finally {
      clearInterval(timer);
    }
    const took = Date.now() - started;
    // In-process, the WebAssembly statement holds the loop: no tick until it ends.
    expect(took).toBeGreaterThan(100);
    expect(ticks).toBeGreaterThanOrEqual(Math.floor(took / 10 / 4));
  });

  it('persists to its folder: a new thread on the same folder reads the rows', async () => {
    await db.close();
    db = new PgliteThread(dir);
    expect((await db.query('SELECT id FROM t')).rows).toEqual([{ id: '9007199254740993' }]);
  });
});
