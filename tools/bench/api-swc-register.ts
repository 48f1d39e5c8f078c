import Module from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { transformSync, type Options } from '@swc/core';

/**
 * Compile the API's TypeScript with SWC (decorator metadata on, like Jest and the production build)
 * instead of tsx's esbuild, which cannot emit `design:paramtypes`: without them Nest cannot inject
 * constructor dependencies. Call before the first require of any apps/api file; module resolution
 * (tsconfig paths for @pathboard/*) stays tsx's.
 */
// The build's own options (.swcrc): one definition for the build, the API tests and these tools.
const swcrc = JSON.parse(readFileSync(path.join(__dirname, '../../.swcrc'), 'utf8')) as Options & {
  $schema?: string;
};
delete swcrc.$schema;
const SWC: Options = { ...swcrc, swcrc: false, sourceMaps: 'inline' };

type Loader = (
  module: NodeJS.Module & { _compile(code: string, filename: string): void },
  filename: string,
) => void;

export function registerSwcForApi(): void {
  const extensions = (Module as unknown as { _extensions: Record<string, Loader> })._extensions;
  const previous = extensions['.ts'];
  extensions['.ts'] = (module, filename) => {
    if (filename.includes('/node_modules/')) return previous(module, filename);
    const { code } = transformSync(readFileSync(filename, 'utf8'), { ...SWC, filename });
    module._compile(code, filename);
  };
}
