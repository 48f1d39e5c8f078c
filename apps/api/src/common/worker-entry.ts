import { existsSync } from 'node:fs';
import path from 'node:path';

/** apps/api/tsconfig.json: the workspace aliases a TypeScript worker entry resolves through. */
const API_TSCONFIG = path.resolve(__dirname, '../../tsconfig.json');

export interface WorkerEntry {
  filename: string;
  execArgv?: string[];
  env?: Record<string, string | undefined>;
}

/**
 * Where a worker-thread entry named `base` (e.g. `pglite.worker`) is and how to load it:
 * - built (`swc` → dist/apps/api, what `npm start` runs): the compiled `<base>.js` in `dir`, plain Node;
 * - TypeScript sources (jest, tsx): `<base>.ts` through tsx's require hook, with the workspace
 *   aliases of apps/api/tsconfig.json (so `@pathboard/*` resolves to the libraries' sources).
 * Both run the same code; only the loader differs.
 */
export function workerEntry(dir: string, base: string): WorkerEntry {
  const compiled = path.join(dir, `${base}.js`);
  if (existsSync(compiled)) return { filename: compiled };
  const source = path.join(dir, `${base}.ts`);
  if (!existsSync(source)) throw new Error(`${base} not found beside ${dir}`);
  return {
    filename: source,
    execArgv: ['--require', require.resolve('tsx/cjs')],
    env: { ...process.env, TSX_TSCONFIG_PATH: API_TSCONFIG },
  };
}
