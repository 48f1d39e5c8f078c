import { createDataSource, runMigrations } from './data-source';

describe('migrations (PGlite in memory, or TEST_DATABASE_URL is not used here)', () => {
  it('run up, are idempotent, and revert cleanly', async () => {
    const ds = createDataSource({ dataDir: '/nonexistent' }, { inMemory: true });
    await ds.initialize();
    try {
      const ran = await runMigrations(ds);
      expect(ran).toContain('CoreSchema1795352158060');
      expect(await runMigrations(ds)).toEqual([]);
      const districtId = '00000000-0000-4000-8000-000000000001';
      await ds.query(
        `INSERT INTO org_unit (id, path, code, name, kind, district_id, active) VALUES ($1, $2, 'D1', 'District', 'DISTRICT', $1, $3)`,
        [districtId, `/${districtId}/`, true],
      );
      const rows = await ds.query(`SELECT id, active, member_count FROM org_unit WHERE path LIKE $1`, [`/${districtId}/%`]);
      expect(rows).toEqual([{ id: districtId, active: true, member_count: 0 }]);
      const [{ id }] = await ds.query(`INSERT INTO audit_event (action, target_type) VALUES ('X', 'Y') RETURNING id`);
      expect(typeof id).toBe('string');
      // revert everything (other features' migrations too), newest first
      while ((await ds.query(`SELECT count(*)::int AS n FROM typeorm_migrations`))[0].n > 0) await ds.undoLastMigration();
      const tables = await ds.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'typeorm_migrations'`);
      expect(tables).toEqual([]);
    } finally {
      await ds.destroy();
    }
  });
});
