/**
 * `npm run bench:scoring`: scoring and aggregation throughput on a synthetic district.
 *
 * A launcher only (as tools/score/score.ts): the repository root has no tsconfig.json for tsx to
 * find the `@pathboard/*` aliases in, so this registers tsx with tools/bench/tsconfig.json.
 */
import { join } from 'node:path';
import { register } from 'tsx/cjs/api';

process.env.TSX_TSCONFIG_PATH = join(__dirname, 'tsconfig.json');
const scoped = register({ namespace: 'pathboard-bench' });
const bench = scoped.require('./scoring-bench-run.ts', __filename) as typeof import('./scoring-bench-run');
bench.runScoringBenchmark();
