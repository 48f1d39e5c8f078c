/**
 * The data-check part of the framework JSON Schema (docs/framework-format.md, "Data checks"),
 * built from the scoring library's definitions so the operator list, the input parts and the
 * defaults have one source. Own `$defs` entries, replaced whole on regeneration.
 */
import {
  COMPARISON_OPERATORS,
  DEFAULT_JUMP_SHARE,
  DEFAULT_OUTLIER_SCORE,
  INPUT_PARTS,
} from '@pathboard/scoring';

type Schema = Record<string, unknown>;

/** Caps that bound the validator's work on a hostile file (size-limits.ts reads them from the schema). */
const MAX_VALIDATION_RULES = 100;
const MAX_TERMS = 20;

export function checkDefinitions(): Record<string, Schema> {
  return {
    dataChecks: {
      type: 'object',
      description: 'Warnings on entered values (docs/domain.md, "Data checks"); never refusals.',
      properties: {
        jumpShare: {
          type: 'number',
          exclusiveMinimum: 0,
          default: DEFAULT_JUMP_SHARE,
          description: "Flag a change from the branch's previous quarter by more than this share of it.",
        },
        outlierScore: {
          type: 'number',
          exclusiveMinimum: 0,
          default: DEFAULT_OUTLIER_SCORE,
          description: "Flag a modified z-score among the branch's same-sector peers beyond ± this.",
        },
        validationRules: {
          type: 'array',
          items: { $ref: '#/$defs/validationRule' },
          maxItems: MAX_VALIDATION_RULES,
        },
      },
      additionalProperties: false,
    },
    validationRule: {
      type: 'object',
      description:
        'left operator right across indicators, as DHIS2 validation rules; skipped when a value is missing.',
      required: ['code', 'name', 'left', 'operator', 'right'],
      properties: {
        code: { $ref: '#/$defs/code' },
        name: { $ref: '#/$defs/text' },
        left: { $ref: '#/$defs/checkExpression' },
        operator: { enum: [...COMPARISON_OPERATORS] },
        right: { $ref: '#/$defs/checkExpression' },
      },
      additionalProperties: false,
    },
    checkExpression: {
      type: 'object',
      description: 'Σ factor × quantity of each term + constant.',
      properties: {
        terms: { type: 'array', minItems: 1, items: { $ref: '#/$defs/checkTerm' }, maxItems: MAX_TERMS },
        constant: { type: 'number' },
      },
      additionalProperties: false,
    },
    checkTerm: {
      type: 'object',
      description:
        "An indicator's quantity: a fraction's rate n/d (or its `part`), a number, the checklist items present, yes 1 / no 0.",
      required: ['indicator'],
      properties: {
        indicator: { $ref: '#/$defs/code' },
        part: { enum: [...INPUT_PARTS] },
        factor: { type: 'number', default: 1 },
      },
      additionalProperties: false,
    },
    expectedRange: {
      type: 'object',
      description:
        "Where the indicator's quantity is expected to lie (a rate as 0..1); outside it, a warning.",
      properties: { min: { type: 'number' }, max: { type: 'number' } },
      additionalProperties: false,
    },
  };
}

/** The framework schema with its data-check definitions replaced by these. */
export function withCheckDefinitions(base: Schema & { $defs: Record<string, Schema> }): Schema {
  const ours = checkDefinitions();
  const defs: Record<string, Schema> = {};
  for (const [name, def] of Object.entries(base.$defs)) if (!(name in ours)) defs[name] = def;
  return { ...base, $defs: { ...defs, ...ours } };
}
