import { Client } from 'pg';

/** PostgreSQL's SQLSTATE for a connection to a database that does not exist. */
const INVALID_CATALOG_NAME = '3D000';

/**
 * The database a PostgreSQL URL names, and the same server's maintenance database `postgres` to
 * create it from (same user, password, host and options).
 */
export function maintenanceTarget(url: string): { database: string; maintenanceUrl: string } {
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!database) throw new Error('DATABASE_URL names no database (postgres://user@host:5432/<database>)');
  parsed.pathname = '/postgres';
  return { database, maintenanceUrl: parsed.toString() };
}

/** A double-quoted SQL identifier (CREATE DATABASE takes no bind parameter). */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Creates the database DATABASE_URL names when the server has no such database yet, so that
 * `DATABASE_URL=postgres://…/pathboard npm start` works on a fresh server as `npm start` does on
 * PGlite. Returns whether it created it. Any other connection failure (server down, wrong password)
 * is left to TypeORM, which retries and reports it; a refused CREATE DATABASE (no CREATEDB right)
 * is rethrown with the command an administrator can run instead.
 */
export async function ensureDatabase(url: string): Promise<boolean> {
  const probe = new Client({ connectionString: url });
  try {
    await probe.connect();
    return false;
  } catch (err) {
    if ((err as { code?: string }).code !== INVALID_CATALOG_NAME) return false;
  } finally {
    await probe.end().catch(() => undefined);
  }
  const { database, maintenanceUrl } = maintenanceTarget(url);
  const admin = new Client({ connectionString: maintenanceUrl });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${quoteIdentifier(database)}`);
    return true;
  } catch (err) {
    // Another instance starting at the same moment may have created it first.
    if ((err as { code?: string }).code === '42P04') return false;
    throw new Error(
      `DATABASE_URL: database "${database}" does not exist and could not be created (${(err as Error).message}); create it with: createdb ${quoteIdentifier(database)}`,
    );
  } finally {
    await admin.end().catch(() => undefined);
  }
}
