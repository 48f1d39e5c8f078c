import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * District-scoped keys (issue 13 item 5, docs/scale-out.md): the schema a distributed PostgreSQL
 * (Citus, distributed by `district_id`) accepts, made now while the data is small.
 *
 * Per-district tables are the tables whose `district_id` is NOT NULL (org units, users, periods,
 * assessments and everything hanging off them, rectification, notifications, reminders, extensions,
 * and any later table that follows the rule). For each of them:
 * - the primary key and every unique constraint gain `district_id` (appended: a key led by `id` or
 *   `assessment_id` still serves the lookups by id that exist today);
 * - every foreign key to another per-district table becomes composite, `(x, district_id)` →
 *   `(id, district_id)`, so a row can only point into its own district (and a shard). A district
 *   reference `district_id → org_unit(id)` becomes `(district_id, district_id) → (id, district_id)`.
 * Shared tables (`framework`, `audit_event`, `login_throttle`) keep their keys: `framework` becomes a
 * reference table, and a reference table may not point into a distributed one, so its owner
 * reference `framework_district_id_fkey` is dropped (ownership is checked in framework-ownership.ts).
 * One deliberate exception: `uq_app_user_username` stays global (a login names no district); see
 * docs/scale-out.md "Logins". (1795910000000-district-logins later makes it per district too.)
 *
 * Before the keys change, each child row's `district_id` is backfilled from its parent (an assessment
 * from its period, a value or score from its assessment, a notification from its user, ...), so the
 * composite keys hold on existing data.
 *
 * Every rebuilt constraint keeps its name and carries a comment holding its former definition;
 * `down` restores exactly those (and fails, changing nothing, if the data no longer fits them, e.g.
 * the same unit code in two districts). Plain SQL on PGlite and PostgreSQL alike.
 */
const MARK = 'district-keys, was: ';
const KEEP_GLOBAL = new Set(['uq_app_user_username']);
/** Reference-table foreign keys into per-district tables, dropped by `up` and restored by `down`. */
const DROPPED = [
  {
    table: 'framework',
    name: 'framework_district_id_fkey',
    def: 'FOREIGN KEY (district_id) REFERENCES org_unit(id)',
  },
];

/** child, parent, join condition: the child's district_id is its parent's. Parents come first. */
const BACKFILL: [string, string, string][] = [
  ['app_user', 'org_unit', 'p.id = c.scope_unit_id'],
  ['assessment', 'period', 'p.id = c.period_id'],
  ['indicator_value', 'assessment', 'p.id = c.assessment_id'],
  ['assessment_score', 'assessment', 'p.id = c.assessment_id'],
  ['assessment_path_score', 'assessment', 'p.id = c.assessment_id'],
  ['assessment_status_change', 'assessment', 'p.id = c.assessment_id'],
  ['evidence_file', 'assessment', 'p.id = c.assessment_id'],
  ['rectification_item', 'assessment', 'p.id = c.assessment_id'],
  ['rectification_event', 'rectification_item', 'p.id = c.item_id'],
  ['notification', 'app_user', 'p.id = c.user_id'],
  ['branch_reminder', 'period', 'p.id = c.period_id'],
  ['deadline_extension', 'period', 'p.id = c.period_id'],
];

interface Constraint {
  table: string;
  name: string;
  type: 'p' | 'u' | 'f';
  def: string;
  refTable: string | null;
  note: string | null;
}

export class DistrictKeys1795900000000 implements MigrationInterface {
  name = 'DistrictKeys1795900000000';

  async up(q: QueryRunner): Promise<void> {
    const perDistrict = await perDistrictTables(q);
    for (const [child, parent, on] of BACKFILL) {
      if (!perDistrict.has(child) || !perDistrict.has(parent)) continue;
      await q.query(
        `UPDATE ${child} c SET district_id = p.district_id FROM ${parent} p
          WHERE ${on} AND c.district_id <> p.district_id`,
      );
    }
    const all = await constraints(q);
    const intoDistributed = all.filter((c) => c.type === 'f' && perDistrict.has(c.refTable ?? ''));
    for (const fk of intoDistributed.filter((c) => !perDistrict.has(c.table))) {
      if (!DROPPED.some((d) => d.name === fk.name && d.table === fk.table))
        throw new Error(
          `${fk.table}.${fk.name} (${fk.def}) points from a shared table into a per-district one; ` +
            `give ${fk.table} a NOT NULL district_id or drop the foreign key`,
        );
      await q.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT ${fk.name}`);
    }
    const fks = intoDistributed.filter(
      (c) => perDistrict.has(c.table) && !keyColumns(c.def).every((cols) => cols.includes('district_id')),
    );
    for (const fk of fks) await q.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT ${fk.name}`);

    const keys = all.filter(
      (c) =>
        (c.type === 'p' || c.type === 'u') &&
        perDistrict.has(c.table) &&
        !KEEP_GLOBAL.has(c.name) &&
        !keyColumns(c.def)[0].includes('district_id'),
    );
    for (const key of keys) await rebuild(q, key, withDistrict(key.def));
    await refuseGlobalUniqueIndexes(q, perDistrict);
    for (const fk of fks) {
      await q.query(`ALTER TABLE ${fk.table} ADD CONSTRAINT ${fk.name} ${withDistrict(fk.def)}`);
      await note(q, fk);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    const marked = (await constraints(q)).filter((c) => c.note?.startsWith(MARK));
    const fks = marked.filter((c) => c.type === 'f');
    for (const fk of fks) await q.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT ${fk.name}`);
    for (const key of marked.filter((c) => c.type !== 'f')) {
      const def = key.note!.slice(MARK.length);
      await q.query(
        `ALTER TABLE ${key.table} DROP CONSTRAINT ${key.name}, ADD CONSTRAINT ${key.name} ${def}`,
      );
    }
    for (const fk of fks)
      await q.query(`ALTER TABLE ${fk.table} ADD CONSTRAINT ${fk.name} ${fk.note!.slice(MARK.length)}`);
    for (const d of DROPPED) await q.query(`ALTER TABLE ${d.table} ADD CONSTRAINT ${d.name} ${d.def}`);
  }
}

async function perDistrictTables(q: QueryRunner): Promise<Set<string>> {
  const rows: { t: string }[] = await q.query(`
    SELECT c.relname AS t
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
       AND a.attname = 'district_id' AND a.attnotnull AND NOT a.attisdropped`);
  return new Set(rows.map((r) => r.t));
}

async function constraints(q: QueryRunner): Promise<Constraint[]> {
  return q.query(`
    SELECT t.relname AS "table", c.conname AS name, c.contype AS type, pg_get_constraintdef(c.oid) AS def,
           r.relname AS "refTable", obj_description(c.oid, 'pg_constraint') AS note
      FROM pg_constraint c
      JOIN pg_class t ON t.oid = c.conrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace
      LEFT JOIN pg_class r ON r.oid = c.confrelid
     WHERE n.nspname = current_schema() AND c.contype IN ('p', 'u', 'f')
     ORDER BY t.relname, c.conname`);
}

const KEY = /^(PRIMARY KEY|UNIQUE) \(([^)]*)\)(.*)$/s;
const FK = /^FOREIGN KEY \(([^)]*)\) REFERENCES ([^(]+)\(([^)]*)\)(.*)$/s;

/** The column lists of a key (one) or a foreign key (referencing, referenced). */
function keyColumns(def: string): string[][] {
  const m = KEY.exec(def) ?? FK.exec(def);
  if (!m) throw new Error(`unexpected constraint definition: ${def}`);
  const lists = def.startsWith('FOREIGN') ? [m[1], m[3]] : [m[2]];
  return lists.map((l) => l.split(',').map((c) => c.trim()));
}

/** The definition with district_id appended to its column list(s). */
function withDistrict(def: string): string {
  const key = KEY.exec(def);
  if (key) return `${key[1]} (${key[2]}, district_id)${key[3]}`;
  const fk = FK.exec(def);
  if (fk) return `FOREIGN KEY (${fk[1]}, district_id) REFERENCES ${fk[2]}(${fk[3]}, district_id)${fk[4]}`;
  throw new Error(`unexpected constraint definition: ${def}`);
}

async function rebuild(q: QueryRunner, c: Constraint, def: string): Promise<void> {
  await q.query(`ALTER TABLE ${c.table} DROP CONSTRAINT ${c.name}, ADD CONSTRAINT ${c.name} ${def}`);
  await note(q, c);
}

/** Marks a rebuilt constraint with its former definition, for `down`. */
async function note(q: QueryRunner, c: Constraint): Promise<void> {
  const text = (MARK + c.def).replace(/'/g, "''");
  await q.query(`COMMENT ON CONSTRAINT ${c.name} ON ${c.table} IS '${text}'`);
}

/** A unique index (not a constraint) on a per-district table must include district_id too. */
async function refuseGlobalUniqueIndexes(q: QueryRunner, perDistrict: Set<string>): Promise<void> {
  const rows: { t: string; i: string; def: string }[] = await q.query(`
    SELECT t.relname AS t, i.relname AS i, pg_get_indexdef(x.indexrelid) AS def
      FROM pg_index x
      JOIN pg_class t ON t.oid = x.indrelid
      JOIN pg_class i ON i.oid = x.indexrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname = current_schema() AND x.indisunique
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid AND c.contype IN ('p', 'u', 'x'))
       AND NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = t.oid AND a.attname = 'district_id'
                         AND a.attnum = ANY (x.indkey::int2[]))`);
  const bad = rows.filter((r) => perDistrict.has(r.t));
  if (bad.length)
    throw new Error(
      `unique indexes without district_id on per-district tables: ${bad.map((r) => r.def).join('; ')}`,
    );
}
