import { defaultFramework } from '@pathboard/frameworks';
import type { TestApp } from '../../../test/test-app';
import { asInputs, CLOSE_PERIOD, REVIEW, SAVE, SUBMIT } from '../../assessments/testing/assessment-ops';
import {
  fillAssessment,
  fillTemplate,
  getAssessment,
  seedWorld,
  type World,
} from '../../reports/testing/report-ops';
import { importFile, PERIOD, templateOf } from '../../reports/testing/suite-data';
import { holdLocks, waitForLockWaiters } from './lock-holder';

/**
 * closePeriod raced against one write of the same quarter, the interleaving forced by row locks held
 * from a second connection (PostgreSQL only). Shared by close-races.int-spec.ts, which asserts, and
 * tools/probe/close-race-probe.ts, which counts.
 */
export interface Outcome {
  ok: boolean;
  reason?: unknown;
}

export interface Race {
  w: World;
  assessmentId: string;
  periodId: string;
  write: () => Promise<Outcome>;
}

/** What a committed write changes: the version (every write bumps it), values and status. */
export interface AssessmentState {
  version: number;
  status: string;
  values: number;
}

type Writer = (t: TestApp, w: World, prefix: string) => Promise<Pick<Race, 'assessmentId' | 'write'>>;

const gqlOutcome = (r: { errors?: { extensions?: Record<string, unknown> }[] }): Outcome =>
  r.errors
    ? { ok: false, reason: r.errors[0].extensions?.['reason'] ?? r.errors[0].extensions?.['code'] }
    : { ok: true };

export const WRITERS = {
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
    const rv = [{ indicatorCode: 'ORG_THEME_DAYS', value: 1, reason: '只开展了 1 次' }];
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
} satisfies Record<string, Writer>;

export type WriterName = keyof typeof WRITERS;

/** A fresh district (codes prefixed `prefix`) with the quarter open, and the writer ready to run. */
export async function setUpRace(
  t: TestApp,
  frameworkId: string,
  writer: WriterName,
  prefix: string,
): Promise<Race> {
  const w = await seedWorld(t, prefix, frameworkId, [PERIOD]);
  const [{ id: periodId }] = await t.dataSource.query(
    `SELECT id FROM period WHERE district_id = $1 AND code = $2`,
    [w.tree.district.id, PERIOD],
  );
  return { w, periodId, ...(await WRITERS[writer](t, w, prefix)) };
}

export async function stateOf(t: TestApp, assessmentId: string): Promise<AssessmentState> {
  const [row] = await t.dataSource.query(
    `SELECT a.version, a.status, (SELECT count(*)::int FROM indicator_value v WHERE v.assessment_id = a.id) AS "values"
       FROM assessment a WHERE a.id = $1`,
    [assessmentId],
  );
  return row;
}

export interface WriteThenCloseResult {
  outcome: Outcome;
  closeErrors: unknown;
  initial: AssessmentState;
  /** Read as soon as closePeriod returned. */
  atClose: AssessmentState;
  final: AssessmentState;
  /** The final state differs from the one closePeriod returned on: a write committed after the close. */
  committedAfterClose: boolean;
}

/**
 * The write starts and stops on the assessment row (locked by a second connection), after any period
 * check it makes before writing; then closePeriod is called; then the lock is released. The close
 * either queues behind the write (2 lock waiters) or returns while the write still waits (the bug).
 */
export async function writeThenClose(t: TestApp, race: Race): Promise<WriteThenCloseResult> {
  const initial = await stateOf(t, race.assessmentId);
  const holder = await holdLocks(t.dataSource, `SELECT id FROM assessment WHERE id = $1 FOR UPDATE`, [
    race.assessmentId,
  ]);
  let writing: Promise<Outcome> | undefined;
  let closing: Promise<{ errors?: unknown }> | undefined;
  let atClose: AssessmentState | undefined;
  try {
    writing = race.write();
    await waitForLockWaiters(t.dataSource, 1);
    closing = t.gql(CLOSE_PERIOD, { id: race.periodId }, race.w.tokens.admin).then(async (r) => {
      atClose = await stateOf(t, race.assessmentId);
      return r;
    });
    await waitForLockWaiters(t.dataSource, 2, () => atClose !== undefined);
  } finally {
    await holder.release();
  }
  const [outcome, closed] = await Promise.all([writing, closing]);
  const final = await stateOf(t, race.assessmentId);
  const committedAfterClose = JSON.stringify(final) !== JSON.stringify(atClose);
  return { outcome, closeErrors: closed.errors, initial, atClose: atClose!, final, committedAfterClose };
}

/**
 * What closePeriod does, stopped before its commit (the period row locked and set CLOSED by a second
 * connection); the write starts; then that close commits. Returns the write's outcome and the states.
 */
export async function closeThenWrite(
  t: TestApp,
  race: Race,
): Promise<{ outcome: Outcome; initial: AssessmentState; final: AssessmentState }> {
  const initial = await stateOf(t, race.assessmentId);
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
  const outcome = await writing!;
  return { outcome, initial, final: await stateOf(t, race.assessmentId) };
}
