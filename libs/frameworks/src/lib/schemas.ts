import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import type { Sector } from '@pathboard/scoring';
import publishedFrameworkSchema from '../../schema/framework.schema.json';
import valuesSchema from '../../schema/values.schema.json';
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

let ajv: Ajv2020 | undefined;
const compiled = new Map<object, ValidateFunction>();

/** Compiled lazily: compiling costs a few milliseconds that a browser page need not pay up front. */
export function validatorFor(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    ajv ??= new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}
