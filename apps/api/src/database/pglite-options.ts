import { mkdirSync } from 'node:fs';
import { types, type PGliteOptions } from '@electric-sql/pglite';

const identity = (v: string) => v;

/**
 * The PGlite settings that make results look like pg's, used wherever a PGlite instance is made (in
 * the request thread for tests, in the database thread for the server): int8 and numeric come back
 * as strings, as pg returns them, and booleans are sent as SQL literals.
 */
export function pgliteOptions(dataDir?: string, loadDataDir?: Blob): PGliteOptions {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  return {
    dataDir,
    loadDataDir,
    parsers: { [types.INT8]: identity, [types.NUMERIC]: identity },
    serializers: {
      [types.BOOL]: (v: unknown) =>
        v === true || v === 'true' || v === 1
          ? 'TRUE'
          : v === false || v === 'false' || v === 0
            ? 'FALSE'
            : String(v),
    },
  };
}
