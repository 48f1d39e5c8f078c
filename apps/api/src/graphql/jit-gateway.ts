import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { type ExecutionResult, GraphQLError, type GraphQLSchema, isObjectType, printSchema } from 'graphql';
import { badUserInput, ErrorCode } from '../common/errors';
import { compileQuery, type CompiledQuery, isCompiledQuery } from 'graphql-jit';

/**
 * Executes operations with graphql-jit instead of graphql-js: each distinct operation is compiled once
 * into plain JavaScript (no per-field argument coercion, no generic completeValue dispatch), which is
 * what a 5,000-row scoreboard spends most of its time on in graphql-js (~95,000 fields per answer).
 *
 * Apollo Server 5 has no executor option; its documented way to supply one is the `gateway` interface
 * (apollographql/apollo-server migration guide, "executor"). Apollo still parses, validates (with our
 * depth/alias rules and the introspection switch), runs every plugin and formats errors; only
 * execution is ours. The schema is static: it is announced once and never updated.
 */
export function jitGateway(schema: GraphQLSchema, options: { cacheSize?: number } = {}): GatewayInterface {
  withPlainPropertyReads(schema);
  const cacheSize = options.cacheSize ?? 1000;
  // Compiled operations by query text and operation name, least recently used evicted first.
  const compiled = new Map<string, CompiledQuery>();

  const executor: GatewayExecutor = async (requestContext) => {
    const { document, request, operationName } = requestContext;
    const key = `${operationName ?? ''}\u0000${request.query ?? ''}`;
    let query = compiled.get(key);
    if (query) {
      compiled.delete(key);
      compiled.set(key, query);
    } else {
      const result = compileQuery(schema, document, operationName ?? undefined);
      if (!isCompiledQuery(result)) return result as ExecutionResult;
      query = result;
      // An operation sent without its text (none today: no persisted queries) is compiled every time.
      if (request.query !== undefined) {
        compiled.set(key, query);
        if (compiled.size > cacheSize) compiled.delete(compiled.keys().next().value as string);
      }
    }
    const result = await query.query(undefined, requestContext.context, request.variables ?? {});
    return withGraphQLErrors(result as ExecutionResult);
  };

  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async stop() {
      compiled.clear();
    },
  };
}

/**
 * graphql-jit reports some errors as plain objects; Apollo formats GraphQLErrors. Variable coercion
 * errors (an answer with no data, each message `Variable "$name" …`) are the client's: BAD_USER_INPUT
 * naming the variable, as Apollo does for graphql-js, instead of an internal error.
 */
function withGraphQLErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const variableErrors =
    result.data === undefined && result.errors.every((e) => VARIABLE_ERROR.test(e.message));
  const errors = result.errors.map((e: JitError) => {
    if (variableErrors) {
      const variable = VARIABLE_ERROR.exec(e.message)![1];
      return badUserInput(withScalarReason(e), { field: variable, variable });
    }
    return e instanceof GraphQLError ? e : new GraphQLError(e.message, { path: e.path });
  });
  return { ...result, errors };
}

const VARIABLE_ERROR = /^Variable "\$(\w+)"/;

type JitError = { message: string; path?: readonly (string | number)[]; originalError?: unknown };

/**
 * graphql-jit words a scalar's refusal as `…; Expected type DateTime.` and keeps the scalar's own
 * error aside. A refusal our scalars word for the client (BAD_USER_INPUT: "2027-02 has 28 days") is
 * appended, as graphql-js does; built-in scalars' errors are left out, as before.
 */
function withScalarReason(e: JitError): string {
  const reason = e.originalError;
  if (!(reason instanceof GraphQLError) || reason.extensions['code'] !== ErrorCode.BAD_USER_INPUT) {
    return e.message;
  }
  return `${e.message} ${reason.message}`;
}

/**
 * Nest's code-first schema gives every object field a resolver that reads `parent[field]` (falling back
 * to the field's `defaultValue`, which no output field here declares). graphql-jit can inline a plain
 * property read, but must call, and guard, a function for each of the ~95,000 fields of a large
 * answer. Such resolvers (named `rootFieldResolver` by @nestjs/graphql, with no field middleware) are
 * removed: the default read is the same thing.
 */
function withPlainPropertyReads(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve?.name === 'rootFieldResolver') field.resolve = undefined;
    }
  }
}
