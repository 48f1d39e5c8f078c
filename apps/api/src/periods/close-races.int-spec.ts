import { createTestApp, type TestApp } from '../../test/test-app';
import { importDefaultFramework } from '../reports/testing/suite-data';
import { closeThenWrite, setUpRace, WRITERS, writeThenClose, type WriterName } from './testing/close-race';

/**
 * closePeriod against each writer of a quarter (save, submit, review, spreadsheet import), with the
 * interleaving forced by row locks held from a second connection (testing/close-race.ts). PostgreSQL
 * only: PGlite has one session, so its transactions never interleave (the other suites run the same
 * code there). Run: TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx nx run api:test-int-pg
 */
const onPostgres = process.env['TEST_DATABASE_URL'] ? describe : describe.skip;

onPostgres('closePeriod against writes of the same quarter (PostgreSQL, forced interleavings)', () => {
  let t: TestApp;
  let frameworkId: string;
  let seq = 0;

  beforeAll(async () => {
    t = await createTestApp();
    frameworkId = await importDefaultFramework(t);
  });
  afterAll(() => t?.close());

  describe.each(Object.keys(WRITERS) as WriterName[])('%s', (writer) => {
    it('a write that found the period OPEN commits before closePeriod returns, never after', async () => {
      const race = await setUpRace(t, frameworkId, writer, `CR${++seq}`);
      const result = await writeThenClose(t, race);
      expect(result.closeErrors).toBeUndefined();
      // Nothing committed after closePeriod returned...
      expect(result.final).toEqual(result.atClose);
      expect(result.committedAfterClose).toBe(false);
      // ...and this design lets the write that was already running finish first.
      expect(result.outcome).toEqual({ ok: true });
      expect(result.final.version).toBeGreaterThan(result.initial.version);
      const [{ status }] = await t.dataSource.query(`SELECT status FROM period WHERE id = $1`, [
        race.periodId,
      ]);
      expect(status).toBe('CLOSED');
    });

    it('a write that starts while a close is in progress waits for it, then is refused PERIOD_CLOSED', async () => {
      const race = await setUpRace(t, frameworkId, writer, `CR${++seq}`);
      const { outcome, initial, final } = await closeThenWrite(t, race);
      expect(outcome).toEqual({ ok: false, reason: 'PERIOD_CLOSED' });
      expect(final).toEqual(initial);
    });
  });
});
