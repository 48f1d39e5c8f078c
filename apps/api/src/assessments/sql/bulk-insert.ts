import type { EntityManager } from 'typeorm';

/** A column of a bulk insert: its name and an optional SQL cast for the placeholder (e.g. `jsonb`). */
export interface BulkColumn {
  name: string;
  cast?: string;
}

/**
 * PostgreSQL allows 65535 bind parameters per statement; staying well below keeps each statement
 * cheap to plan on PGlite too.
 */
const MAX_PARAMS = 30000;

/**
 * Multi-row INSERT in chunks: one round trip per few thousand rows instead of one per row, which is
 * what keeps demo seeding and period opening fast. JSON values must be passed already stringified
 * (node-postgres would send a JS array as a PostgreSQL array, not as JSON).
 */
export async function bulkInsert(
  manager: EntityManager,
  table: string,
  columns: BulkColumn[],
  rows: unknown[][],
  suffix = '',
): Promise<void> {
  if (rows.length === 0) return;
  const perChunk = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  const columnList = columns.map((c) => c.name).join(', ');
  for (let start = 0; start < rows.length; start += perChunk) {
    const chunk = rows.slice(start, start + perChunk);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => {
      const placeholders = columns.map((column, i) => {
        params.push(row[i]);
        return column.cast ? `$${params.length}::${column.cast}` : `$${params.length}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    await manager.query(`INSERT INTO ${table} (${columnList}) VALUES ${tuples.join(', ')} ${suffix}`, params);
  }
}

/** JSON for a jsonb parameter; undefined/null become SQL NULL. */
export function jsonParam(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}
