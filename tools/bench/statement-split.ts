import { performance } from 'node:perf_hooks';
import type { Pool } from 'pg';
import { median } from './stats';

/** One statement's summed time by its place in a request, from request-stages.cjs. */
export interface PlaceSum {
  text: string;
  ms: number;
}

/** A statement's text, whitespace folded: how the API's and the replay's statements are matched. */
const normalised = (sql: string) => sql.replace(/\s+/g, ' ').trim();

/**
 * `bench:api --statements`: each statement's mean time as the timed API's `pg` saw it, beside the
 * same statement's mean time in the raw replay (matched in order by its text; a statement only the
 * API sends, such as a transaction's, shows – for raw). Statements a request sends at once (one
 * branch's checks) are listed in the order they were sent, which may differ from the replay's.
 */
export function statementLines(
  byPlace: PlaceSum[],
  requests: number,
  replayed: { sql: string; ms: number[] }[],
): string[] {
  let next = 0;
  return byPlace.map((place, i) => {
    const text = normalised(place.text);
    const found = replayed.findIndex((r, j) => j >= next && normalised(r.sql) === text);
    const raw = found >= 0 ? replayed[found].ms : null;
    if (found >= 0) next = found + 1;
    const rawMean = raw?.length ? raw.reduce((a, b) => a + b, 0) / raw.length : null;
    const inApi = (place.ms / requests).toFixed(2).padStart(6);
    const rawText = rawMean === null ? '     –' : rawMean.toFixed(2).padStart(6);
    return `      ${i + 1}. in API ${inApi} ms, raw ${rawText} ms  ${text.slice(0, 70)}`;
  });
}

/**
 * What a pause costs a statement on this machine: a 1-row statement sent back to back, then after
 * a 1 ms and a 5 ms sleep, each on one connection (medians of `runs`). The raw replay sends its
 * statements back to back; the API runs its own code between them, so its statements pay a wake-up.
 */
export async function wakeUpCost(pool: Pool, runs = 200): Promise<string> {
  const client = await pool.connect();
  try {
    const timeAfter = async (pauseMs: number) => {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        if (pauseMs) await new Promise((resolve) => setTimeout(resolve, pauseMs));
        const start = performance.now();
        await client.query('SELECT $1::int AS one', [i]);
        times.push(performance.now() - start);
      }
      return median(times).toFixed(2);
    };
    await timeAfter(0); // warm-up
    const [backToBack, after1, after5] = [await timeAfter(0), await timeAfter(1), await timeAfter(5)];
    return `  a 1-row statement, median of ${runs}: back to back ${backToBack} ms, after a 1 ms sleep ${after1} ms, after 5 ms ${after5} ms`;
  } finally {
    client.release();
  }
}
