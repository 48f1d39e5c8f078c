import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_TYPES } from '@pathboard/scoring';
import { frameworkSchema } from './schemas';

describe('the framework schema reads its rules from the scoring registry', () => {
  it('defines every registered rule and dispatches on its type', () => {
    const defs = frameworkSchema.$defs as Record<string, { properties?: { type?: unknown } }>;
    for (const type of RULE_TYPES) expect(defs[`${type}Rule`].properties?.type).toEqual({ const: type });
    expect(defs.rule.properties?.type).toEqual({ enum: [...RULE_TYPES] });
  });

  it('the published schema/framework.schema.json is the one validated (npm run schema:framework rewrites it)', () => {
    const published = JSON.parse(readFileSync(join(__dirname, '../../schema/framework.schema.json'), 'utf8'));
    expect(published).toEqual(frameworkSchema);
  });
});
