import type { DataSource } from 'typeorm';
import { createDataSource, runMigrations } from './data-source';
import { withFreshDataSource } from './testing/fresh-data-source';

describe('migrations (in-memory PGlite, or a fresh database on TEST_DATABASE_URL)', () => {
  it('run up, are idempotent, and all revert cleanly', async () => {
    await withFreshDataSource(async (ds) => {
      const ran = await runMigrations(ds);
      expect(ran[0]).toBe('CoreSchema1795352158060');
      expect(await runMigrations(ds)).toEqual([]);
      const districtId = '00000000-0000-4000-8000-000000000001';
      await ds.query(
        `INSERT INTO org_unit (id, path, code, name, kind, district_id, active) VALUES ($1, $2, 'D1', 'District', 'DISTRICT', $1, $3)`,
        [districtId, `/${districtId}/`, true],
      );
      const rows = await ds.query(`SELECT id, active, member_count FROM org_unit WHERE path LIKE $1`, [
        `/${districtId}/%`,
      ]);
      expect(rows).toEqual([{ id: districtId, active: true, member_count: 0 }]);
      await expect(
        ds.query(
          `INSERT INTO org_unit (path, code, name, kind, district_id) VALUES ('no-slashes', 'D2', 'x', 'DISTRICT', $1)`,
          [districtId],
        ),
      ).rejects.toThrow();
      const [{ id }] = await ds.query(
        `INSERT INTO audit_event (action, target_type) VALUES ('X', 'Y') RETURNING id`,
      );
      expect(typeof id).toBe('string'); // bigserial comes back as a string on both drivers
      await ds.query(`DELETE FROM audit_event`);
      await ds.query(`DELETE FROM org_unit`);
      while ((await ds.query(`SELECT count(*)::int AS n FROM typeorm_migrations`))[0].n > 0)
        await ds.undoLastMigration();
      const tables = await ds.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'typeorm_migrations'`,
      );
      expect(tables).toEqual([]);
      const types = await ds.query(
        `SELECT typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typtype = 'e'`,
      );
      expect(types).toEqual([]);
    });
  });

  it('the PGlite driver serializes sessions: concurrent transactions do not interleave', async () => {
    const ds = createDataSource({ dataDir: '/nonexistent' }, { inMemory: true, logging: false });
    await ds.initialize();
    try {
      await ds.query('CREATE TABLE t (n int)');
      await Promise.all(
        [1, 2, 3].map((n) =>
          ds
            .transaction(async (m) => {
              await m.query('INSERT INTO t VALUES ($1)', [n]);
              await new Promise((r) => setTimeout(r, 10));
              if (n === 2) throw new Error('rollback 2');
            })
            .catch(() => undefined),
        ),
      );
      expect((await ds.query('SELECT n FROM t ORDER BY n')).map((r: { n: number }) => r.n)).toEqual([1, 3]);
    } finally {
      await ds.destroy();
    }
  });
});

const FD = 'FrameworkDistrict1795420000000';

/** Reverts the newest migrations down to and including `name` (later ones first, as in production). */
async function undoThrough(ds: DataSource, name: string): Promise<void> {
  for (;;) {
    const [last] = await ds.query(`SELECT name FROM typeorm_migrations ORDER BY id DESC LIMIT 1`);
    await ds.undoLastMigration();
    if (!last || last.name === name) return;
  }
}

describe('migration FrameworkDistrict1795420000000', () => {
  it('gives each framework imported by a district back to it, keeps seeded ones shared, and reverts', async () => {
    await withFreshDataSource(async (ds) => {
      await runMigrations(ds);
      await undoThrough(ds, FD);
      expect(
        (await ds.query(`SELECT name FROM typeorm_migrations ORDER BY id DESC LIMIT 1`))[0].name,
      ).not.toBe(FD);
      const districtId = '00000000-0000-4000-8000-000000000002';
      await ds.query(
        `INSERT INTO org_unit (id, path, code, name, kind, district_id) VALUES ($1, $2, 'FD', 'District', 'DISTRICT', $1)`,
        [districtId, `/${districtId}/`],
      );
      const insert = async (version: number) =>
        (
          await ds.query(
            `INSERT INTO framework (code, version, name, definition) VALUES ('F', $1, '{}', '{}') RETURNING id`,
            [version],
          )
        )[0].id as string;
      const seeded = await insert(1);
      const imported = await insert(2);
      const borrowed = await insert(3); // imported by the district, but another district runs a quarter on it
      const otherId = '00000000-0000-4000-8000-000000000003';
      await ds.query(
        `INSERT INTO org_unit (id, path, code, name, kind, district_id) VALUES ($1, $2, 'FO', 'Other', 'DISTRICT', $1)`,
        [otherId, `/${otherId}/`],
      );
      await ds.query(
        `INSERT INTO period (district_id, code, year, quarter, framework_id, deadline) VALUES ($1, '2026Q1', 2026, 1, $2, now())`,
        [otherId, borrowed],
      );
      await ds.query(
        `INSERT INTO audit_event (district_id, action, target_type, target_id) VALUES ($1, 'FRAMEWORK_IMPORTED', 'Framework', $2)`,
        [districtId, borrowed],
      );
      await ds.query(
        `INSERT INTO audit_event (district_id, action, target_type, target_id) VALUES ($1, 'FRAMEWORK_IMPORTED', 'Framework', $2), (NULL, 'FRAMEWORK_IMPORTED', 'Framework', $3)`,
        [districtId, imported, seeded],
      );

      // FrameworkDistrict runs first, then whatever came after it.
      expect((await runMigrations(ds))[0]).toBe(FD);
      const owners = await ds.query(`SELECT id, district_id FROM framework ORDER BY version`);
      expect(owners).toEqual([
        { id: seeded, district_id: null },
        { id: imported, district_id: districtId },
        { id: borrowed, district_id: null },
      ]);
      // Versions are per owner now: the district may hold its own F v1 beside the shared one.
      await ds.query(
        `INSERT INTO framework (district_id, code, version, name, definition) VALUES ($1, 'F', 1, '{}', '{}')`,
        [districtId],
      );
      await expect(
        ds.query(`INSERT INTO framework (code, version, name, definition) VALUES ('F', 1, '{}', '{}')`),
      ).rejects.toThrow();

      await ds.query(`DELETE FROM framework WHERE district_id IS NOT NULL AND version = 1`);
      await ds.query(`DELETE FROM period`);
      await undoThrough(ds, FD);
      const columns = await ds.query(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'framework' AND column_name = 'district_id'`,
      );
      expect(columns).toEqual([]);
      expect((await ds.query(`SELECT count(*)::int AS n FROM framework`))[0].n).toBe(3);
    });
  });
});
