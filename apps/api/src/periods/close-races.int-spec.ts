import { defaultFramework } from '@pathboard/frameworks';
import { createTestApp, type TestApp } from '../../test/test-app';
import { asInputs, CLOSE_PERIOD, REVIEW, SAVE, SUBMIT } from '../assessments/testing/assessment-ops';
import {
  fillAssessment,
  fillTemplate,
  getAssessment,
  seedWorld,
  type World,
} from '../reports/testing/report-ops';
import { importDefaultFramework, importFile, PERIOD, templateOf } from '../reports/testing/suite-data';
import { holdLocks, waitForLockWaiters } from './testing/lock-holder';

/**
 * closePeriod against each writer of a quarter (save, submit, review, spreadsheet import), with the
 * interleaving forced by row locks held from a second connection. PostgreSQL only: PGlite has one
 * session, so its transactions never interleave (the other suites run the same code there).
 * Run: TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx nx run api:test-int-pg
 */
const onPostgres = process.env['TEST_DATABASE_URL'] ? describe : describe.skip;

interface Outcome {
  ok: boolean;
  reason?: unknown;
}

interface Race {
  assessmentId: string;
  periodId: string;
  write: () => Promise<Outcome>;
}

type Writer = (t: TestApp, w: World, prefix: string) => Promise<Omit<Race, 'periodId'>>;

const gqlOutcome = (r: { errors?: { extensions?: Record<string, unknown> }[] }): Outcome =>
  r.errors
    ? { ok: false, reason: r.errors[0].extensions?.['reason'] ?? r.errors[0].extensions?.['code'] }
    : { ok: true };

const WRITERS: Record<'save' | 'submit' | 'review' | 'import', Writer> = {
  async save(t, w) {
    const a = await getAssessment(t, w.tokens.branches[0], w.branches[0].id, PERIOD);
    const values = asInputs({ ORG_THEME_DAYS: 3 });
    return {
      assessmentId: a.id,
      write: async () =>
        gqlOutcome(await t.gql(SAVE, { id: a.id, v: a.version, values }, w.tokens.branches[0])),
    };
  },
  async submit(t, w) {
    const a = await fillAssessment(t, w, 0, PERIOD, { ORG_THEME_DAYS: 2 });
    return {
      assessmentId: a.id,
      write: async () => gqlOutcome(await t.gql(SUBMIT, { id: a.id, v: a.version }, w.tokens.branches[0])),
    };
  },
  async review(t, w) {
    const a = await fillAssessment(t, w, 0, PERIOD, { ORG_THEME_DAYS: 2 }, 'SUBMITTED');
    const rv = [{ indicatorCode: 'ORG_THEME_DAYS', value: 1 }];
    return {
      assessmentId: a.id,
      write: async () =>
        gqlOutcome(await t.gql(REVIEW, { id: a.id, v: a.version, d: 'APPROVE', rv }, w.tokens.admin)),
    };
  },
  async import(t, w, prefix) {
    const a = await getAssessment(t, w.tokens.reviewer, w.branches[0].id, PERIOD);
    const template = await templateOf(t, w.tree.streets[0].id, w.tokens.reviewer);
    const file = await fillTemplate(template, defaultFramework, { [`${prefix}B-A1`]: { ORG_THEME_DAYS: 3 } });
    return {
      assessmentId: a.id,
      write: async () => {
        const res = await importFile(t, w.tokens.reviewer, file);
        return res.status === 200
          ? { ok: true }
          : { ok: false, reason: res.json<{ reason?: string }>().reason ?? res.status };
      },
    };
  },
};

onPostgres('closePeriod against writes of the same quarter (PostgreSQL, forced interleavings)', () => {
  let t: TestApp;
  let frameworkId: string;
  let seq = 0;

  beforeAll(async () => {
    t = await createTestApp();
    frameworkId = await importDefaultFramework(t);
  });
  afterAll(() => t?.close());

  /** A fresh district with the quarter open, and the writer ready to run. */
  async function setUp(writer: Writer): Promise<Race & { w: World }> {
    const prefix = `CR${++seq}`;
    const w = await seedWorld(t, prefix, frameworkId, [PERIOD]);
    const [{ id: periodId }] = await t.dataSource.query(
      `SELECT id FROM period WHERE district_id = $1 AND code = $2`,
      [w.tree.district.id, PERIOD],
    );
    return { w, periodId, ...(await writer(t, w, prefix)) };
  }

  /** What a committed write changes: the version (every write bumps it), values and status. */
  const stateOf = async (assessmentId: string) =>
    (
      await t.dataSource.query(
        `SELECT a.version, a.status, (SELECT count(*)::int FROM indicator_value v WHERE v.assessment_id = a.id) AS "values"
           FROM assessment a WHERE a.id = $1`,
        [assessmentId],
      )
    )[0];

  describe.each(Object.keys(WRITERS) as (keyof typeof WRITERS)[])('%s', (name) => {
    it('a write that found the period OPEN commits before closePeriod returns, never after', async () => {
      const race = await setUp(WRITERS[name]);
      const initial = await stateOf(race.assessmentId);
      // The write will stop on the assessment row, after any period check it makes before its writes.
      const holder = await holdLocks(t.dataSource, `SELECT id FROM assessment WHERE id = $1 FOR UPDATE`, [
        race.assessmentId,
      ]);
      let writing: Promise<Outcome> | undefined;
      let closing: Promise<unknown> | undefined;
      let closeReturned = false;
      let atClose: unknown;
      try {
        writing = race.write();
        await waitForLockWaiters(t.dataSource, 1);
        closing = t.gql(CLOSE_PERIOD, { id: race.periodId }, race.w.tokens.admin).then(async (r) => {
          atClose = await stateOf(race.assessmentId);
          closeReturned = true;
          return r;
        });
        // Either the close queues behind the write (2 waiters), or it returns at once (the bug).
        await waitForLockWaiters(t.dataSource, 2, () => closeReturned);
      } finally {
        await holder.release();
      }
      const [outcome, closed] = await Promise.all([writing, closing as Promise<{ errors?: unknown }>]);
      expect(closed.errors).toBeUndefined();
      const final = await stateOf(race.assessmentId);
      // Nothing committed after closePeriod returned...
      expect(final).toEqual(atClose);
      // ...and this design lets the write that was already running finish first.
      expect(outcome).toEqual({ ok: true });
      expect(final.version).toBeGreaterThan(initial.version);
      const [{ status }] = await t.dataSource.query(`SELECT status FROM period WHERE id = $1`, [
        race.periodId,
      ]);
      expect(status).toBe('CLOSED');
    });

    it('a write that starts while a close is in progress waits for it, then is refused PERIOD_CLOSED', async () => {
      const race = await setUp(WRITERS[name]);
      const initial = await stateOf(race.assessmentId);
      // What closePeriod does, stopped before its commit: the period row locked and set CLOSED.
      const closer = await holdLocks(t.dataSource, `SELECT id FROM period WHERE id = $1 FOR NO KEY UPDATE`, [
        race.periodId,
      ]);
      let writing: Promise<Outcome> | undefined;
      let writeReturned = false;
      try {
        await closer.query(`UPDATE period SET status = 'CLOSED', closed_at = now() WHERE id = $1`, [
          race.periodId,
        ]);
        writing = race.write().finally(() => (writeReturned = true));
        await waitForLockWaiters(t.dataSource, 1, () => writeReturned);
        await closer.commit();
      } finally {
        await closer.release();
      }
      expect(await writing).toEqual({ ok: false, reason: 'PERIOD_CLOSED' });
      expect(await stateOf(race.assessmentId)).toEqual(initial);
    });
  });
});
