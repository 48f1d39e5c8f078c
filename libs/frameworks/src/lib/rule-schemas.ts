/**
 * The rule part of the framework JSON Schema, built from the scoring rule registry: each rule
 * module's parameter schema becomes `$defs.<type>Rule`, and `$defs.rule` dispatches on `type`.
 * A rule added to the registry is validated here without an edit.
 */
import { RULES } from '@pathboard/scoring';

type Schema = Record<string, unknown>;

export function ruleDefinitions(): Record<string, Schema> {
  const defs: Record<string, Schema> = {
    rule: {
      type: 'object',
      required: ['type'],
      properties: { type: { enum: RULES.map((module) => module.type) } },
      allOf: RULES.map((module) => ({
        if: { properties: { type: { const: module.type } } },
        then: { $ref: `#/$defs/${module.type}Rule` },
      })),
    },
  };
  for (const module of RULES) {
    defs[`${module.type}Rule`] = {
      type: 'object',
      description: `${module.formula.zh}\n${module.formula.en}`,
      required: ['type', ...module.params.required],
      properties: { type: { const: module.type }, ...module.params.properties },
      additionalProperties: false,
    };
  }
  return defs;
}

/** The framework schema with its rule definitions replaced by the registry's. */
export function withRuleDefinitions(base: Schema & { $defs: Record<string, Schema> }): Schema {
  const defs: Record<string, Schema> = {};
  for (const [name, def] of Object.entries(base.$defs))
    if (name !== 'rule' && !name.endsWith('Rule')) defs[name] = def;
  return { ...base, $defs: { ...defs, ...ruleDefinitions() } };
}
