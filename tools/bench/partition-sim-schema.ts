import type { Client } from 'pg';

/**
 * Turns the migrated schema's per-district tables (district_id NOT NULL) into tables hash-partitioned
 * by district_id, keeping every key, index, check and foreign key under its own name and definition.
 * It changes no key: PostgreSQL refuses a primary key or unique constraint on a partitioned table that
 * lacks the partition column, so the conversion succeeding is itself the check that the keys are
 * district-scoped (DistrictKeys1795900000000), the same rule Citus applies to distributed tables.
 * The tables must be empty (run right after the migrations). `keepPlain` stays unpartitioned.
 */
export async function partitionPerDistrictTables(
  db: Client,
  partitions: number,
  keepPlain: string[],
): Promise<string[]> {
  const tables: string[] = (
    await db.query<{ t: string }>(
      `SELECT c.relname AS t FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.attname = 'district_id' AND a.attnotnull
        ORDER BY 1`,
    )
  ).rows
    .map((r) => r.t)
    .filter((t) => !keepPlain.includes(t));
  const constraints = (
    await db.query<{ t: string; name: string; type: string; def: string; ref: string | null }>(
      `SELECT t.relname AS t, c.conname AS name, c.contype AS type, pg_get_constraintdef(c.oid) AS def,
              r.relname AS ref
         FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
         LEFT JOIN pg_class r ON r.oid = c.confrelid
        WHERE t.relnamespace = current_schema()::regnamespace AND c.contype IN ('p', 'u', 'f')`,
    )
  ).rows;
  const fks = constraints.filter(
    (c) => c.type === 'f' && (tables.includes(c.t) || tables.includes(c.ref ?? '')),
  );
  const keys = constraints.filter((c) => c.type !== 'f' && tables.includes(c.t));
  const indexes = (
    await db.query<{ t: string; def: string }>(
      `SELECT t.relname AS t, pg_get_indexdef(x.indexrelid) AS def
         FROM pg_index x JOIN pg_class t ON t.oid = x.indrelid
        WHERE t.relnamespace = current_schema()::regnamespace
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid AND c.contype IN ('p', 'u'))`,
    )
  ).rows.filter((i) => tables.includes(i.t));

  await db.query('BEGIN');
  try {
    for (const fk of fks) await db.query(`ALTER TABLE ${fk.t} DROP CONSTRAINT ${fk.name}`);
    for (const t of tables) {
      await db.query(`ALTER TABLE ${t} RENAME TO ${t}__plain`);
      await db.query(
        `CREATE TABLE ${t} (LIKE ${t}__plain INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED)
           PARTITION BY HASH (district_id)`,
      );
      for (let i = 0; i < partitions; i++)
        await db.query(
          `CREATE TABLE ${t}_p${String(i).padStart(2, '0')} PARTITION OF ${t}
             FOR VALUES WITH (MODULUS ${partitions}, REMAINDER ${i})`,
        );
      await db.query(`DROP TABLE ${t}__plain`);
    }
    for (const k of keys) await db.query(`ALTER TABLE ${k.t} ADD CONSTRAINT ${k.name} ${k.def}`);
    for (const i of indexes) await db.query(i.def);
    for (const fk of fks) await db.query(`ALTER TABLE ${fk.t} ADD CONSTRAINT ${fk.name} ${fk.def}`);
    await db.query('COMMIT');
  } catch (err) {
    await db.query('ROLLBACK');
    throw err;
  }
  return tables;
}

/** Partitions (`<table>_pNN`) an EXPLAIN ANALYZE text read from, grouped by table. */
export function partitionsTouched(plan: string): Map<string, Set<string>> {
  const touched = new Map<string, Set<string>>();
  // A node that EXPLAIN ANALYZE marks "(never executed)" was pruned at run time: it read nothing.
  const executed = plan.split('\n').filter((line) => !line.includes('(never executed)'));
  for (const m of executed.join('\n').matchAll(/ on (\w+?)_p(\d\d)\b/g)) {
    const set = touched.get(m[1]) ?? new Set<string>();
    set.add(m[2]);
    touched.set(m[1], set);
  }
  return touched;
}
