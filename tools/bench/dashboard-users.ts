/**
 * The dashboard users of `bench:load --think <s>`: `users` people, each waiting for every answer and
 * then reading for a pause drawn from an exponential distribution of mean `thinkS` seconds before
 * the next request (a closed loop, as a person clicks), each starting at a random moment of a first
 * pause so they do not start together. Each request is a random pick of the mix. The latency is the
 * time from sending a request to having its whole answer, or to its failure (a timeout counts 10 s):
 * what the person waits.
 *
 * Why not autocannon's `overallRate` for this: autocannon 9 lowers the connections to the rate
 * (200 users at 40 requests/s become 40 connections), gives each connection its quota on a
 * 1-second `setInterval` started when the connections are made, all at once, and each connection
 * walks the request list in the same order (node_modules/autocannon/lib/run.js, httpClient.js). The
 * server then gets 40 identical requests in the same millisecond once a second and is idle between:
 * a burst no 200 people reading a dashboard send. autocannon still drives the saturation run.
 */
import { performance } from 'node:perf_hooks';

export interface DashboardUsersOptions {
  url: string;
  headers: Record<string, string>;
  users: number;
  thinkS: number;
  durationS: number;
  /** The request mix: each call returns one request's body. */
  mix: (() => string)[];
  /** A 200 answer whose body still reports a failure (GraphQL errors). */
  failed: (body: string) => boolean;
}

export interface DashboardUsersResult {
  latencies: number[];
  errors: number;
  timeouts: number;
  non2xx: number;
  graphqlErrors: number;
}

const TIMEOUT_MS = 10_000;

/** An exponentially distributed pause of mean `meanMs` (Poisson arrivals for many users). */
const pause = (meanMs: number) => -Math.log(1 - Math.random()) * meanMs;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runDashboardUsers(opts: DashboardUsersOptions): Promise<DashboardUsersResult> {
  const result: DashboardUsersResult = { latencies: [], errors: 0, timeouts: 0, non2xx: 0, graphqlErrors: 0 };
  const until = performance.now() + opts.durationS * 1000;
  const user = async () => {
    await sleep(Math.random() * opts.thinkS * 1000);
    while (performance.now() < until) {
      const body = opts.mix[Math.floor(Math.random() * opts.mix.length)]();
      const start = performance.now();
      try {
        const res = await fetch(opts.url, {
          method: 'POST',
          headers: opts.headers,
          body,
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
        const text = await res.text();
        result.latencies.push(performance.now() - start);
        if (res.status !== 200) result.non2xx++;
        else if (opts.failed(text)) result.graphqlErrors++;
      } catch (err) {
        // A request without an answer counts with the time the person waited for it.
        result.latencies.push(performance.now() - start);
        if ((err as Error).name === 'TimeoutError') result.timeouts++;
        else result.errors++;
      }
      await sleep(Math.min(pause(opts.thinkS * 1000), Math.max(0, until - performance.now())));
    }
  };
  await Promise.all(Array.from({ length: opts.users }, user));
  return result;
}
