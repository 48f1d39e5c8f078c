/**
 * `npm run schema:framework`: rewrites libs/frameworks/schema/framework.schema.json from the
 * schema validateFramework uses (its rule definitions come from the scoring rule registry), so
 * editors that read the published file know every registered rule. A test keeps the two equal.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { register } from 'tsx/cjs/api';

process.env.TSX_TSCONFIG_PATH = join(__dirname, 'tsconfig.json');
// By path, not by package name: node would resolve the package to its build output (dist).
const scoped = register({ namespace: 'pathboard-schema' });
const { frameworkSchema } = scoped.require(
  '../../libs/frameworks/src/index.ts',
  __filename,
) as typeof import('@pathboard/frameworks');
const file = join(__dirname, '../../libs/frameworks/schema/framework.schema.json');
writeFileSync(file, `${JSON.stringify(frameworkSchema, null, 2)}\n`);
console.log(`wrote ${file}`);
