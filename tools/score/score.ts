/**
 * `npm run score -- [--framework f.json] --values v.json [--sector RURAL] [--lang en]`
 *
 * A launcher only. tsx resolves the `@pathboard/*` aliases from a tsconfig, but the repository root
 * has no tsconfig.json (only tsconfig.base.json) and the npm script cannot pass `--tsconfig`, so
 * this registers a tsx loader with tools/score/tsconfig.json and runs the real CLI through it.
 */
import { join } from 'node:path';
import { register } from 'tsx/cjs/api';

process.env.TSX_TSCONFIG_PATH = join(__dirname, 'tsconfig.json');
const scoped = register({ namespace: 'pathboard-score' });
const cli = scoped.require('./cli.ts', __filename) as typeof import('./cli');

process.exitCode = cli.runScoreCli(process.argv.slice(2), {
  readFile: cli.readFileText,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
