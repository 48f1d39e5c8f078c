import { isMainThread } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import type { PgliteLease } from '../src/database/pglite-driver';
import { pgliteOptions } from '../src/database/pglite-options';
import { pgliteTemplate } from './pglite-template';

/**
 * In-memory PGlite databases reused by the suites a test worker runs one after another.
 *
 * Opening a PGlite from the migrated template costs ~1.5 CPU s (starting WebAssembly and unpacking a
 * 41 MB data directory); emptying its tables costs ~0.1 s. A suite still starts on an empty database
 * with every migration applied, as a fresh one:
 * - at hand-back, an open transaction is rolled back and the session reset (`DISCARD ALL`);
 * - the database is kept only if its schema is still the template's (a suite that changed the
 *   schema, say by reverting a migration, gets a fresh database next time);
 * - then every table but the migrations' is truncated, restarting its sequences.
 * A suite that starts two apps at once gets two databases; both come back to the pool.
 *
 * Only in a worker thread, which the runner ends when the run is over. A PGlite loaded from a dump
 * and left open keeps its process from exiting, so a run in band (one worker, the tests in Jest's
 * own process) closes each database as before.
 */
const idle: PGlite[] = [];
let templateSchema: Promise<string> | undefined;

export async function leasePglite(): Promise<PgliteLease> {
  const reused = idle.pop();
  const db = reused ? Promise.resolve(reused) : openFromTemplate();
  let given = false;
  return {
    db,
    async giveBack() {
      if (given) return;
      given = true;
      const instance = await db;
      if (!isMainThread && (await emptyForReuse(instance))) idle.push(instance);
      else await instance.close();
    },
  };
}

async function openFromTemplate(): Promise<PGlite> {
  const db = await PGlite.create(pgliteOptions(undefined, await pgliteTemplate()));
  // The first database opened, untouched, is the reference every returned one is compared with.
  templateSchema ??= schemaOf(db);
  await templateSchema;
  return db;
}

async function emptyForReuse(db: PGlite): Promise<boolean> {
  if (db.closed) return false;
  try {
    // A suite that failed mid-transaction leaves it open; ROLLBACK outside one only warns.
    await db.exec('ROLLBACK');
    await db.exec('DISCARD ALL');
    if ((await schemaOf(db)) !== (await templateSchema)) return false;
    const [{ tables }] = (
      await db.query<{ tables: string | null }>(
        `SELECT string_agg(format('%I.%I', schemaname, tablename), ', ') AS tables
           FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'typeorm_migrations'`,
      )
    ).rows;
    if (tables) await db.exec(`TRUNCATE ${tables} RESTART IDENTITY CASCADE`);
    return true;
  } catch {
    return false;
  }
}

/** A digest of everything a suite could change besides rows: relations, columns, keys, functions. */
async function schemaOf(db: PGlite): Promise<string> {
  const { rows } = await db.query<{ digest: string }>(`
    SELECT md5(string_agg(x, E'\\n' ORDER BY x)) AS digest FROM (
      SELECT 'n ' || nspname AS x FROM pg_namespace WHERE nspname NOT LIKE 'pg_%temp%'
      UNION ALL
      SELECT 'c ' || n.nspname || '.' || c.relname || ' ' || c.relkind::text || ' ' || coalesce(a.attname, '') || ' '
             || coalesce(format_type(a.atttypid, a.atttypmod), '') || ' ' || coalesce(a.attnotnull::text, '')
             || ' ' || coalesce(pg_get_expr(d.adbin, d.adrelid), '')
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
       WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND n.nspname NOT LIKE 'pg_%temp%'
      UNION ALL
      SELECT 'k ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
       WHERE connamespace = 'public'::regnamespace
      UNION ALL
      SELECT 'i ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
      UNION ALL
      SELECT 'f ' || oid::regprocedure::text || ' ' || md5(prosrc) FROM pg_proc WHERE pronamespace = 'public'::regnamespace
      UNION ALL
      SELECT 't ' || tgrelid::regclass || ' ' || tgname FROM pg_trigger WHERE NOT tgisinternal
      UNION ALL
      SELECT 'e ' || enumtypid::regtype || ' ' || enumlabel FROM pg_enum
      UNION ALL
      SELECT 'm ' || name FROM typeorm_migrations
    ) s`);
  return rows[0].digest;
}
