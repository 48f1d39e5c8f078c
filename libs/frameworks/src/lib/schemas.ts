import type { ValidateFunction } from 'ajv';
import type { Sector } from '@pathboard/scoring';
import publishedFrameworkSchema from '../../schema/framework.schema.json';
import valuesSchema from '../../schema/values.schema.json';
import { validateFrameworkSchema, validateValuesSchema } from '../generated/validators';
import { withCheckDefinitions } from './check-schemas';
import { withRuleDefinitions } from './rule-schemas';

/**
 * The framework schema as validated: schema/framework.schema.json with the rule definitions of the
 * scoring registry (rule-schemas.ts). The published file is regenerated from this
 * (`npm run schema:framework`), and a test keeps the two equal.
 */
export const frameworkSchema = withCheckDefinitions(
  withRuleDefinitions(publishedFrameworkSchema) as typeof publishedFrameworkSchema,
) as typeof publishedFrameworkSchema;
export { valuesSchema };

/**
 * The sectors as the published schema lists them. Taken from the schema rather than imported as a
 * value from @pathboard/scoring so this package only needs the scoring *types* at runtime
 * (a test keeps the two lists equal).
 */
export const SECTOR_CODES = frameworkSchema.$defs.sector.enum as readonly Sector[];

/**
 * The validators of frameworkSchema and valuesSchema, compiled ahead of time by Ajv's standalone code
 * generation into src/generated/validators.ts (`npm run schema:framework`, validator-code.ts): no
 * schema is compiled at runtime, so they run under the web app's Content-Security-Policy, which
 * forbids `new Function`. A test fails while the generated file is stale.
 */
export const validateFrameworkShape = validateFrameworkSchema as unknown as ValidateFunction;
export const validateValuesShape = validateValuesSchema as unknown as ValidateFunction;
