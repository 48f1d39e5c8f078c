/**
 * `npm run schema:framework`: rewrites libs/frameworks/schema/framework.schema.json from the
 * schema validateFramework uses (its rule definitions come from the scoring rule registry), so
 * editors that read the published file know every registered rule, and
 * libs/frameworks/src/generated/validators.ts, the framework and values validators compiled ahead
 * of time (no runtime schema compilation, which the web app's CSP forbids). Tests keep both equal.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { register } from 'tsx/cjs/api';

process.env.TSX_TSCONFIG_PATH = join(__dirname, 'tsconfig.json');
const validators = join(__dirname, '../../libs/frameworks/src/generated/validators.ts');
// The package imports the generated validators; a placeholder lets it load to regenerate a lost file.
if (!existsSync(validators)) {
  writeFileSync(
    validators,
    'export const validateFrameworkSchema = null;\nexport const validateValuesSchema = null;\n',
  );
}
// By path, not by package name: node would resolve the package to its build output (dist).
const scoped = register({ namespace: 'pathboard-schema' });
const { frameworkSchema } = scoped.require(
  '../../libs/frameworks/src/index.ts',
  __filename,
) as typeof import('@pathboard/frameworks');
const file = join(__dirname, '../../libs/frameworks/schema/framework.schema.json');
writeFileSync(file, `${JSON.stringify(frameworkSchema, null, 2)}\n`);
console.log(`wrote ${file}`);

const { validatorModuleSource } = scoped.require(
  '../../libs/frameworks/src/lib/validator-code.ts',
  __filename,
) as typeof import('../../libs/frameworks/src/lib/validator-code');
writeFileSync(validators, validatorModuleSource());
console.log(`wrote ${validators}`);
