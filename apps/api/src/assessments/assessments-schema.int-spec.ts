import { pgliteTemplate } from '../../test/pglite-template';
import { createTestDatabase } from '../../test/test-app';
import { createDataSource, runMigrations } from '../database/data-source';

describe('assessment schema (in-memory PGlite, or a fresh database on TEST_DATABASE_URL)', () => {
  it('matches the entities exactly and enforces its keys and checks', async () => {
    const testDb = await createTestDatabase();
    const ds = createDataSource(
      { dataDir: '/nonexistent' },
      {
        // On PGlite, the run's template: a fresh database migrated by the same migrations (no initdb).
        ...(testDb
          ? { databaseUrl: testDb.databaseUrl }
          : { inMemory: true, pgliteTemplate: await pgliteTemplate() }),
        logging: false,
      },
    );
    await ds.initialize();
    try {
      await runMigrations(ds);
      // The entities mirror the migrations: a generated migration would be empty.
      const pending = await ds.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);

      const d = '00000000-0000-4000-8000-000000000001';
      const b = '00000000-0000-4000-8000-000000000002';
      await ds.query(
        `INSERT INTO org_unit (id, path, code, name, kind, district_id) VALUES ($1, $2, 'D', 'D', 'DISTRICT', $1)`,
        [d, `/${d}/`],
      );
      await ds.query(
        `INSERT INTO org_unit (id, parent_id, path, code, name, kind, sector, district_id) VALUES ($1, $2, $3, 'B', 'B', 'BRANCH', 'RURAL', $2)`,
        [b, d, `/${d}/${b}/`],
      );
      const [{ id: f }] = await ds.query(
        `INSERT INTO framework (code, version, name, definition) VALUES ('F', 1, '{}', '{}') RETURNING id`,
      );
      await expect(
        ds.query(`INSERT INTO framework (code, version, name, definition) VALUES ('F', 1, '{}', '{}')`),
      ).rejects.toThrow();
      const [{ id: p }] = await ds.query(
        `INSERT INTO period (district_id, code, year, quarter, framework_id, deadline) VALUES ($1, '2026Q1', 2026, 1, $2, now()) RETURNING id`,
        [d, f],
      );
      await expect(
        ds.query(
          `INSERT INTO period (district_id, code, year, quarter, framework_id, deadline) VALUES ($1, '2026Q1', 2026, 1, $2, now())`,
          [d, f],
        ),
      ).rejects.toThrow();
      await expect(
        ds.query(
          `INSERT INTO period (district_id, code, year, quarter, framework_id, deadline) VALUES ($1, '2026Q5', 2026, 5, $2, now())`,
          [d, f],
        ),
      ).rejects.toThrow();
      const [{ id: a }] = await ds.query(
        `INSERT INTO assessment (district_id, branch_id, period_id, framework_id) VALUES ($1, $2, $3, $4) RETURNING id`,
        [d, b, p, f],
      );
      await expect(
        ds.query(
          `INSERT INTO assessment (district_id, branch_id, period_id, framework_id) VALUES ($1, $2, $3, $4)`,
          [d, b, p, f],
        ),
      ).rejects.toThrow();
      await expect(ds.query(`UPDATE assessment SET status = 'DONE' WHERE id = $1`, [a])).rejects.toThrow();
      await ds.query(
        `INSERT INTO indicator_value (assessment_id, indicator_code, district_id, self_value) VALUES ($1, 'X', $2, '3')`,
        [a, d],
      );
      await ds.query(
        `INSERT INTO assessment_score (assessment_id, kind, district_id, period_id, branch_id, total, grade_code, completeness, explanation)
         VALUES ($1, 'SELF', $2, $3, $4, 83.456, 'GOOD', 0.33333, '{}')`,
        [a, d, p, b],
      );
      const [score] = await ds.query(
        `SELECT total, completeness FROM assessment_score WHERE assessment_id = $1`,
        [a],
      );
      // numeric(8,2) / numeric(5,4): pg returns exact strings on both drivers.
      expect(score).toEqual({ total: '83.46', completeness: '0.3333' });
      // Deleting a period removes its assessments and everything hanging off them.
      await ds.query(`DELETE FROM period WHERE id = $1`, [p]);
      const [{ n }] = await ds.query(
        `SELECT (SELECT count(*) FROM assessment) + (SELECT count(*) FROM indicator_value) + (SELECT count(*) FROM assessment_score) AS n`,
      );
      expect(Number(n)).toBe(0);
    } finally {
      await ds.destroy();
      await testDb?.drop();
    }
  });
});
