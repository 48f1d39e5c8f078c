/**
 * The branch users of `bench:load`: each saves values of its own DRAFT assessment in a loop, and
 * afterwards the database is checked for every save it was told of (no lost save).
 */
import { performance } from 'node:perf_hooks';
import type { Client } from 'pg';

/** A branch user's assessment, the version it starts from, and the user. */
export interface SavingBranch {
  id: string;
  assessmentId: string;
  version: number;
  userId: string;
}

const SAVE = `mutation ($id: ID!, $v: Int!, $values: [IndicatorValueInput!]!) {
  saveIndicatorValues(assessmentId: $id, expectedVersion: $v, values: $values) { version } }`;

const VERSION = `query ($b: ID!, $p: String!) { assessment(branchId: $b, period: $p) { version } }`;
const TIMEOUT_MS = 10_000;

/**
 * One branch user: saves, waits for the answer, saves again with the next version, until `until`.
 * A failed save (an error or no answer in time) may still have committed: the user reads the
 * version back, as the app does, and a commit it was never told of is counted apart from the
 * acknowledged saves, so lostSaves counts only acknowledged saves that are missing.
 */
export async function saver(
  base: string,
  b: SavingBranch,
  auth: string,
  period: string,
  until: number,
  pauseMs: number,
) {
  const post = (query: string, variables: Record<string, unknown>) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${auth}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  let version = b.version;
  let saves = 0;
  let unacknowledged = 0;
  let errors = 0;
  let last = -1;
  const latencies: number[] = [];
  const pause = (ms: number) =>
    new Promise((r) => setTimeout(r, Math.min(ms, Math.max(0, until - performance.now()))));
  // People do not all press 保存 in the same millisecond: each starts at a random moment of a pause.
  await pause(Math.random() * pauseMs);
  while (performance.now() < until) {
    const value = saves % 4;
    const start = performance.now();
    let answered = false;
    try {
      const res = await post(SAVE, {
        id: b.assessmentId,
        v: version,
        values: [{ indicatorCode: 'ORG_THEME_DAYS', value, evidence: null }],
      });
      const body = (await res.json()) as {
        data?: { saveIndicatorValues: { version: number } };
        errors?: unknown[];
      };
      latencies.push(performance.now() - start);
      answered = true;
      if (!res.ok || body.errors || !body.data) throw new Error('save refused');
      version = body.data.saveIndicatorValues.version;
      saves++;
      last = value;
    } catch {
      // A save without an answer counts with the time the person waited for it.
      if (!answered) latencies.push(performance.now() - start);
      errors++;
      try {
        const res = await post(VERSION, { b: b.id, p: period });
        const now = ((await res.json()) as { data?: { assessment: { version: number } } }).data?.assessment
          .version;
        if (now !== undefined && now > version) {
          unacknowledged += now - version;
          version = now;
          last = value;
        }
      } catch {
        // The next save's answer tells (a version conflict is an error, counted above).
      }
    }
    await pause(pauseMs); // a person typing, not a loop
  }
  return { b, saves, unacknowledged, errors, last, version, latencies };
}

/** How many branch users' acknowledged saves are not all in the database (version and last value). */
export async function lostSaves(db: Client, saved: Awaited<ReturnType<typeof saver>>[]): Promise<number> {
  let lost = 0;
  for (const s of saved) {
    const row = (
      await db.query(
        `SELECT a.version, v.self_value FROM assessment a
           LEFT JOIN indicator_value v ON v.assessment_id = a.id AND v.indicator_code = 'ORG_THEME_DAYS'
          WHERE a.id = $1`,
        [s.b.assessmentId],
      )
    ).rows[0];
    if (
      row.version - s.b.version !== s.saves + s.unacknowledged ||
      (s.saves + s.unacknowledged > 0 && Number(row.self_value) !== s.last)
    )
      lost++;
  }
  return lost;
}
