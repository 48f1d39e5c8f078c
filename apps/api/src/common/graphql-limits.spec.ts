import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  getIntrospectionQuery,
  Kind,
  parse,
  print,
  specifiedRules,
  validate,
  visit,
} from 'graphql';
import { GRAPHQL_LIMITS, graphqlParseOptions, graphqlValidationRules } from './graphql-limits';

const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../schema.gql'), 'utf8'));

/**
 * Every operation of the web app as it is sent: the generated client's documents (keyed by their
 * text) with the fragments each one spreads appended, as the client appends them.
 */
function webOperations(): string[] {
  const source = readFileSync(path.resolve(__dirname, '../../../web/src/generated/gql.ts'), 'utf8');
  const documents = [...source.matchAll(/^\s+("(?:[^"\\]|\\.)*"): typeof types\./gm)].map((m) =>
    parse(JSON.parse(m[1]!) as string),
  );
  const definitions = documents.flatMap((d) => d.definitions);
  const fragments = new Map(
    definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  return definitions
    .filter((d) => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => {
      const used = new Map<string, DefinitionNode>();
      const collect = (node: DefinitionNode) =>
        visit(node, {
          FragmentSpread(spread) {
            const fragment = fragments.get(spread.name.value);
            if (fragment && !used.has(spread.name.value)) {
              used.set(spread.name.value, fragment);
              collect(fragment);
            }
          },
        });
      collect(operation);
      const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...used.values()] };
      return print(document);
    });
}

describe('GraphQL limits fit the web app', () => {
  const operations = webOperations();

  it('finds the web operations', () => {
    expect(operations.length).toBeGreaterThan(20);
  });

  it.each(operations.map((op) => [op.slice(0, 60), op]))('%s… passes every limit', (_name, op) => {
    expect(op.length).toBeLessThanOrEqual(GRAPHQL_LIMITS.maxDocumentChars);
    const document = parse(op, graphqlParseOptions);
    expect(validate(schema, document, [...specifiedRules, ...graphqlValidationRules()])).toEqual([]);
  });

  it('the introspection query passes too (codegen and dev tools, outside production)', () => {
    const document = parse(getIntrospectionQuery(), graphqlParseOptions);
    expect(validate(schema, document, [...specifiedRules, ...graphqlValidationRules()])).toEqual([]);
  });
});
