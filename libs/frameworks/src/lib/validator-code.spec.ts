import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { defaultFramework } from './default-framework';
import { frameworkSchema, validateFrameworkShape, validateValuesShape, valuesSchema } from './schemas';
import { AJV_OPTIONS, validatorModuleSource } from './validator-code';

describe('the precompiled validators (src/generated/validators.ts)', () => {
  it('are the ones the current schemas compile to (npm run schema:framework rewrites them)', () => {
    const committed = readFileSync(join(__dirname, '../generated/validators.ts'), 'utf8');
    expect(committed === validatorModuleSource()).toBe(true);
  });

  it('import only ajv runtime helpers, never require or compile at runtime', () => {
    const committed = readFileSync(join(__dirname, '../generated/validators.ts'), 'utf8');
    expect(committed).not.toMatch(/\brequire\(|new Function|\beval\(/);
    const imports = [...committed.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]);
    expect(imports.length).toBeGreaterThan(0);
    for (const path of imports) expect(path).toMatch(/^ajv\/dist\/runtime\//);
  });

  it('report the same errors as Ajv compiling the schemas at runtime', () => {
    const ajv = new Ajv2020(AJV_OPTIONS);
    const [paths] = defaultFramework.paths;
    const broken = {
      ...defaultFramework,
      code: 'bad code!',
      version: 0,
      extra: true,
      paths: [{ ...paths, weight: 'x', indicators: [{ ...paths.indicators[0], rule: { type: 'nope' } }] }],
    };
    const runtime = ajv.compile(frameworkSchema);
    expect(validateFrameworkShape(broken)).toBe(false);
    expect(runtime(broken)).toBe(false);
    expect(validateFrameworkShape.errors?.length).toBeGreaterThan(3);
    expect(validateFrameworkShape.errors).toEqual(runtime.errors);
    expect(validateFrameworkShape(defaultFramework)).toBe(true);

    const values = {
      framework: 'F',
      frameworkVersion: 'one',
      branch: '',
      period: '2026Q5',
      values: { A: {} },
    };
    const runtimeValues = ajv.compile(valuesSchema);
    expect(validateValuesShape(values)).toBe(false);
    expect(runtimeValues(values)).toBe(false);
    expect(validateValuesShape.errors).toEqual(runtimeValues.errors);
  });
});
