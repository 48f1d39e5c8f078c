import { defaultFramework } from '@pathboard/frameworks';
import type { DataSource } from 'typeorm';
import { runMigrations } from './data-source';
import { withFreshDataSource } from './testing/fresh-data-source';

const DK = 'DistrictKeys1795900000000';
/** The migration right after DK (it creates no table): user names per district. */
const LOGINS = 'DistrictLogins1795910000000';
const D1 = '00000000-0000-4000-8000-0000000000d1';
const D2 = '00000000-0000-4000-8000-0000000000d2';
const D3 = '00000000-0000-4000-8000-0000000000d3';
const B1 = '00000000-0000-4000-8000-0000000000b1';

type Row = { t: string; name: string; type: string; def: string };

/** Every PK, unique and foreign key of the schema, with its definition. */
async function keys(ds: DataSource): Promise<Row[]> {
  return ds.query(`
    SELECT t.relname AS t, c.conname AS name, c.contype AS type, pg_get_constraintdef(c.oid) AS def
      FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname = current_schema() AND c.contype IN ('p', 'u', 'f')
     ORDER BY 1, 2`);
}

async function perDistrictTables(ds: DataSource): Promise<string[]> {
  const rows: { t: string }[] = await ds.query(`
    SELECT c.relname AS t FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.attname = 'district_id' AND a.attnotnull
     ORDER BY 1`);
  return rows.map((r) => r.t);
}

/** The column lists of a constraint definition: one for a key, two (referencing, referenced) for an FK. */
function columnLists(def: string): string[][] {
  return [...def.matchAll(/\(([^)]*)\)/g)]
    .slice(0, def.startsWith('FOREIGN') ? 2 : 1)
    .map((m) => m[1].split(',').map((c) => c.trim()));
}

describe(`migration ${DK} (in-memory PGlite, or a fresh database on TEST_DATABASE_URL)`, () => {
  it('backfills district_id, scopes every per-district key (user names too, by the next migration) and foreign key to the district, and reverts', async () => {
    await withFreshDataSource(async (ds) => {
      await runMigrations(ds);
      // DK rewrites the keys of the migrations before it; LOGINS follows it, then the later ones (each
      // new table keyed by district from the start, which the key check below holds them to).
      const ran = (
        (await ds.query(`SELECT name FROM typeorm_migrations ORDER BY id`)) as { name: string }[]
      ).map((r) => r.name);
      expect(ran.slice(ran.indexOf(DK), ran.indexOf(DK) + 2)).toEqual([DK, LOGINS]);
      const later = ran.slice(ran.indexOf(LOGINS) + 1);
      const undo = async (n: number) => {
        for (let i = 0; i < n; i++) await ds.undoLastMigration();
      };
      await undo(later.length + 2);
      const before = await keys(ds);

      for (const [id, code] of [
        [D1, 'D1'],
        [D2, 'D2'],
      ])
        await ds.query(
          `INSERT INTO org_unit (id, path, code, name, kind, district_id) VALUES ($1, $2, $3, 'D', 'DISTRICT', $1)`,
          [id, `/${id}/`, code],
        );
      await ds.query(
        `INSERT INTO org_unit (id, parent_id, path, code, name, kind, sector, district_id)
       VALUES ($1, $2, $3, 'B1', 'B', 'BRANCH', 'RURAL', $2)`,
        [B1, D1, `/${D1}/${B1}/`],
      );
      const [{ id: user }] = await ds.query(
        `INSERT INTO app_user (username, password_hash, display_name, role, scope_unit_id, district_id)
       VALUES ('u1', 'x', 'U', 'BRANCH', $1, $2) RETURNING id`,
        [B1, D1],
      );
      // A real framework: the later migrations' backfills check the draft's values against it.
      const [{ id: f }] = await ds.query(
        `INSERT INTO framework (code, version, name, definition) VALUES ('F', 1, '{}', $1) RETURNING id`,
        [JSON.stringify(defaultFramework)],
      );
      const [{ id: p }] = await ds.query(
        `INSERT INTO period (district_id, code, year, quarter, framework_id, deadline)
       VALUES ($1, '2026Q1', 2026, 1, $2, now()) RETURNING id`,
        [D1, f],
      );
      const [{ id: a }] = await ds.query(
        `INSERT INTO assessment (district_id, branch_id, period_id, framework_id) VALUES ($1, $2, $3, $4) RETURNING id`,
        [D1, B1, p, f],
      );
      // Rows whose copied district_id went wrong: the migration takes it from the parent.
      await ds.query(
        `INSERT INTO indicator_value (assessment_id, indicator_code, district_id, self_value) VALUES ($1, 'X', $2, '3')`,
        [a, D2],
      );
      await ds.query(
        `INSERT INTO notification (district_id, user_id, kind, target_type, target_id, idempotency_key)
       VALUES ($1, $2, 'K', 'Assessment', $3, 'k1')`,
        [D2, user, a],
      );

      // LOGINS refuses while two districts share a code (a login names its district by code).
      await ds.query(
        `INSERT INTO org_unit (id, path, code, name, kind, district_id) VALUES ($1, $2, 'D1', 'D', 'DISTRICT', $1)`,
        [D3, `/${D3}/`],
      );
      await expect(runMigrations(ds)).rejects.toThrow(/district codes used by more than one district: D1/);
      await ds.query(`DELETE FROM org_unit WHERE id = $1`, [D3]);
      expect(await runMigrations(ds)).toEqual([LOGINS, ...later]);
      expect(await ds.query(`SELECT district_id FROM indicator_value`)).toEqual([{ district_id: D1 }]);
      expect(await ds.query(`SELECT district_id FROM notification`)).toEqual([{ district_id: D1 }]);

      const tables = await perDistrictTables(ds);
      for (const t of ['org_unit', 'app_user', 'period', 'assessment', 'indicator_value', 'assessment_score'])
        expect(tables).toContain(t);
      expect(tables).not.toContain('framework');
      const after = await keys(ds);
      // No exception left: LOGINS made the user names per district too.
      for (const k of after.filter((r) => tables.includes(r.t))) {
        const lists = columnLists(k.def);
        const refTable = k.type === 'f' ? /REFERENCES (\w+)/.exec(k.def)![1] : null;
        if (refTable && !tables.includes(refTable)) continue; // into a reference table (framework)
        for (const cols of lists)
          expect({ key: k.name, cols }).toEqual({
            key: k.name,
            cols: expect.arrayContaining(['district_id']),
          });
      }
      expect(after.filter((r) => r.t === 'framework' && r.type === 'f')).toEqual([]);

      // A row can no longer point into another district.
      await expect(
        ds.query(
          `INSERT INTO assessment (district_id, branch_id, period_id, framework_id) VALUES ($1, $2, $3, $4)`,
          [D2, B1, p, f],
        ),
      ).rejects.toThrow();
      await expect(
        ds.query(
          `INSERT INTO assessment_score (assessment_id, kind, district_id, period_id, branch_id, total, grade_code, completeness, explanation)
         VALUES ($1, 'SELF', $2, $3, $4, 1, 'G', 1, '{}')`,
          [a, D2, p, B1],
        ),
      ).rejects.toThrow();
      // Unit codes and user names are unique per district.
      await ds.query(
        `INSERT INTO org_unit (parent_id, path, code, name, kind, sector, district_id)
       VALUES ($1, $2, 'B1', 'B', 'BRANCH', 'RURAL', $1)`,
        [D2, `/${D2}/${B1.replace('b1', 'b2')}/`],
      );
      const addUser = (district: string) =>
        ds.query(
          `INSERT INTO app_user (username, password_hash, display_name, role, scope_unit_id, district_id)
         VALUES ('u1', 'x', 'U', 'ADMIN', $1, $1)`,
          [district],
        );
      await addUser(D2);
      await expect(addUser(D1)).rejects.toThrow();
      // Deleting a period still cascades through the composite keys.
      await ds.query(`DELETE FROM period WHERE id = $1`, [p]);
      expect(await ds.query(`SELECT count(*)::int AS n FROM indicator_value`)).toEqual([{ n: 0 }]);

      // LOGINS's down refuses, changing nothing, while a user name is used in two districts.
      await undo(later.length);
      const now = await keys(ds);
      await expect(ds.undoLastMigration()).rejects.toThrow(/user names used in more than one district: u1/);
      expect(await keys(ds)).toEqual(now);
      await ds.query(`DELETE FROM app_user WHERE district_id = $1`, [D2]);
      await ds.query(`DELETE FROM org_unit WHERE district_id = $1 AND kind = 'BRANCH'`, [D2]);
      await undo(2);
      expect(await keys(ds)).toEqual(before);
    });
  });
});
