import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { createDataSource } from '../src/database/data-source';
import type { PgliteSession } from '../src/database/pglite-driver';

const SRC_DIR = path.resolve(__dirname, '../src');

/**
 * A migrated, empty PGlite database dumped once and loaded by every in-memory test app.
 *
 * A fresh PGlite runs initdb inside WebAssembly and then every migration: seconds per suite on this
 * 2-core machine, far more under load. Loading a dump of the same database skips both, and the app
 * still runs its migrations at start (none is pending), so what a suite tests is unchanged.
 *
 * The dump is keyed by the migrations' contents and PGlite's version, kept in the OS temp folder, and
 * written atomically: parallel Jest workers that miss it at once each build one, and the last rename
 * wins with identical bytes. Each worker then keeps it in memory.
 */
export function pgliteTemplate(): Promise<Blob> {
  // A Blob is immutable, so one per process serves every app the suites of a test worker start:
  // reading and copying the 41 MB dump cost ~0.4 CPU s per app.
  return (loaded ??= loadTemplate().catch((err: unknown) => {
    loaded = undefined;
    throw err;
  }));
}

let loaded: Promise<Blob> | undefined;

async function loadTemplate(): Promise<Blob> {
  const file = path.join(os.tmpdir(), `pathboard-pglite-template-${templateKey()}.tar`);
  if (existsSync(file)) return new Blob([readFileSync(file)]);
  const dump = await buildTemplate();
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, file);
  return dump;
}

/** The migration sources (what the dump contains) and the engine that wrote it. */
function templateKey(): string {
  const hash = createHash('sha256');
  const files = readdirSync(SRC_DIR, { recursive: true, encoding: 'utf8' })
    .filter((name) => /(^|\/)migrations\/[^/]+\.(ts|js)$/.test(name) && !name.endsWith('.d.ts'))
    .sort();
  for (const name of files) hash.update(name).update(readFileSync(path.join(SRC_DIR, name)));
  hash.update(pgliteVersion());
  return hash.digest('hex').slice(0, 16);
}

function pgliteVersion(): string {
  // The package's exports hide package.json; its folder name under node_modules is stable, its
  // manifest is read directly.
  const manifest = path.join(path.dirname(require.resolve('@electric-sql/pglite')), '..', 'package.json');
  return existsSync(manifest)
    ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version
    : '';
}

async function buildTemplate(): Promise<Blob> {
  const dataSource = createDataSource(
    { databaseUrl: undefined, dataDir: os.tmpdir() },
    { inMemory: true, logging: false },
  );
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const runner = dataSource.createQueryRunner();
    try {
      const connection = (await runner.connect()) as PgliteSession;
      const db = (await connection.db) as PGlite; // in memory: in-process, so dumpable
      return await db.dumpDataDir('none');
    } finally {
      await runner.release();
    }
  } finally {
    await dataSource.destroy();
  }
}
