import type { DataSource } from 'typeorm';
import { createTestDatabase } from '../../../test/test-app';
import { createDataSource } from '../data-source';

/**
 * Runs `test` on a data source of its own with no migration run yet: in-memory PGlite, or a fresh
 * database on TEST_DATABASE_URL (dropped afterwards). For the migration suites, which take the
 * schema up and down and so cannot share the test app's.
 */
export async function withFreshDataSource(test: (ds: DataSource) => Promise<void>): Promise<void> {
  const testDb = await createTestDatabase();
  const ds = createDataSource(
    { dataDir: '/nonexistent' },
    { ...(testDb ? { databaseUrl: testDb.databaseUrl } : { inMemory: true }), logging: false },
  );
  await ds.initialize();
  try {
    await test(ds);
  } finally {
    await ds.destroy();
    await testDb?.drop();
  }
}
