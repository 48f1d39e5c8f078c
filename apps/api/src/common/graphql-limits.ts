import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * The limits every GraphQL document must fit, checked in this order (README "GraphQL limits"):
 * 1. characters of the `query` text, before anything reads it (express glue);
 * 2. tokens, while parsing (graphql-js `maxTokens`): parsing stops at the first token past the limit,
 *    so a 400,000-field document costs no more than a 2,000-token one and never reaches validation;
 * 3. depth, aliases and cost of each operation with its fragments expanded (graphql-armor rules):
 *    a fragment spread counts as many times as it is used, so nested fragments cannot multiply
 *    aliases past the limit.
 * The web app's largest operations, fragments included, are far below each (about 850 characters
 * without indentation, 154 tokens, depth 7, 1 alias, cost 575; graphql-limits.spec.ts checks them all).
 */
export const GRAPHQL_LIMITS = {
  maxDocumentChars: 20_000,
  maxTokens: 2_000,
  maxDepth: 12,
  maxAliases: 40,
  /** graphql-armor cost (its default): 1 a scalar, 2 an object, ×1.5 for each nesting level. */
  maxCost: 5_000,
} as const;

export const MAX_QUERY_DEPTH = GRAPHQL_LIMITS.maxDepth;
export const MAX_ALIASES = GRAPHQL_LIMITS.maxAliases;

/** Options for graphql-js `parse` (Apollo `parseOptions`). */
export const graphqlParseOptions: ParseOptions = { maxTokens: GRAPHQL_LIMITS.maxTokens };

/**
 * graphql-armor rules throw their error out of `validate()` by default, which Apollo does not catch
 * (a 500). Reported through the validation context instead, they become ordinary 400
 * GRAPHQL_VALIDATION_FAILED errors; armor's "Syntax Error: " prefix is dropped (it is no syntax error).
 */
const reportOnContext = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => {
      context?.reportError(
        new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { nodes: error.nodes }),
      );
    },
  ],
};

/** Validation rules added to every operation: depth, aliases and cost, fragments expanded. */
export function graphqlValidationRules(): ValidationRule[] {
  return [
    maxDepthRule({ n: GRAPHQL_LIMITS.maxDepth, flattenFragments: true, ...reportOnContext }),
    maxAliasesRule({ n: GRAPHQL_LIMITS.maxAliases, ...reportOnContext }),
    costLimitRule({ maxCost: GRAPHQL_LIMITS.maxCost, flattenFragments: true, ...reportOnContext }),
  ] as unknown as ValidationRule[];
}
