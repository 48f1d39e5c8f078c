import { createTestApp, type TestApp } from '../../test/test-app';
import { buildDataSourceOptions } from './data-source';

/** PostgreSQL sessions run with JIT and parallel plans off (data-source.ts says why); PGlite is left alone. */
describe('jit=off, no parallel plans, on PostgreSQL connections', () => {
  it('asks pg for both in the startup options, and PGlite for nothing', () => {
    const pg = buildDataSourceOptions({ databaseUrl: 'postgres://u@h:5432/db', dataDir: '/tmp' });
    expect(pg).toMatchObject({ extra: { options: '-c jit=off -c max_parallel_workers_per_gather=0' } });
    const pglite = buildDataSourceOptions({ databaseUrl: undefined, dataDir: '/tmp' }, { inMemory: true });
    expect(pglite).not.toHaveProperty('extra');
  });

  const onPostgres = process.env.TEST_DATABASE_URL ? it : it.skip;
  let t: TestApp | undefined;
  afterAll(() => t?.close());

  onPostgres('every pooled session of the app reports jit off and no parallel workers', async () => {
    t = await createTestApp();
    // Several at once, so more than one pooled connection answers.
    const answers: { jit: string; workers: string }[][] = await Promise.all(
      Array.from({ length: 4 }, () =>
        t!.dataSource.query(
          `SELECT current_setting('jit') AS jit, current_setting('max_parallel_workers_per_gather') AS workers`,
        ),
      ),
    );
    expect(answers.map((a) => a[0])).toEqual(Array(4).fill({ jit: 'off', workers: '0' }));
  });
});
