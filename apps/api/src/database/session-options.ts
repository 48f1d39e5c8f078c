/**
 * The app's PostgreSQL session settings, sent as startup options (data-source.ts says why each); the
 * benchmarks' raw replays (tools/bench) connect with the same, so their floor is comparable.
 */
export const SESSION_OPTIONS = '-c jit=off -c max_parallel_workers_per_gather=0';
