import { GraphQLError, ValidationContext, ASTVisitor } from 'graphql';
import depthLimit from 'graphql-depth-limit';

export const MAX_QUERY_DEPTH = 12;
export const MAX_ALIASES = 40;

/** Refuses documents with more than `max` aliased fields (alias-amplification attacks). */
export function aliasLimit(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    let count = 0;
    let reported = false;
    return {
      Field(node) {
        if (node.alias) count++;
        if (count > max && !reported) {
          reported = true;
          context.reportError(new GraphQLError(`Query uses more than ${max} aliases`, { nodes: [node], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
        }
      },
    };
  };
}

/** Validation rules added to every operation: depth limit (introspection fields excepted) and alias limit. */
export function graphqlValidationRules() {
  return [depthLimit(MAX_QUERY_DEPTH), aliasLimit(MAX_ALIASES)];
}
