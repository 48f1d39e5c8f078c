import Module from 'node:module';
import { readFileSync } from 'node:fs';
import { transformSync, type Options } from '@swc/core';

/**
 * Compile the API's TypeScript with SWC (decorator metadata on, like Jest and the production build)
 * instead of tsx's esbuild, which cannot emit `design:paramtypes`: without them Nest cannot inject
 * constructor dependencies. Call before the first require of any apps/api file; module resolution
 * (tsconfig paths for @pathboard/*) stays tsx's.
 */
const SWC: Options = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true, tsx: false },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

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
