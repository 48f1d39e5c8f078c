import { ApolloServer, BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Injectable } from '@nestjs/common';
import { expressMiddleware } from './express-middleware';
import { jitGateway } from './jit-gateway';

/**
 * ApolloDriver whose Express registration uses our own Apollo↔Express glue instead of the optional
 * peer `@as-integrations/express5`. Everything else (schema, plugins, error wrapping) is @nestjs/apollo's.
 *
 * Apollo's cache-control plugin (installed implicitly) is switched off: it wraps every resolved field
 * to compute a cache policy nobody uses (each answer is per-user data behind a bearer token), which
 * cost ~25 ms on a 5,000-row scoreboard. Its one useful effect, `Cache-Control: no-store` on the
 * answers, is set by our Express glue (express-middleware.ts) instead.
 */
@Injectable()
export class PathboardApolloDriver extends ApolloDriver {
  protected override async registerExpress(
    options: ApolloDriverConfig,
    { preStartHook }: { preStartHook?: () => void } = {},
  ): Promise<void> {
    const { path = '/graphql', schema } = options;
    const httpAdapter = this.httpAdapterHost.httpAdapter;
    httpAdapter.use(path, (req: { body?: unknown }, _res: unknown, next: () => void) => {
      req.body = req.body ?? {};
      next();
    });
    const drain = ApolloServerPluginDrainHttpServer({ httpServer: httpAdapter.getHttpServer() });
    preStartHook?.();
    // Nest builds the code-first schema with its resolvers attached; graphql-jit executes it.
    if (!schema) throw new Error('PathboardApolloDriver needs the schema Nest built (code first)');
    const {
      typeDefs: _typeDefs,
      resolvers: _resolvers,
      schema: _schema,
      ...rest
    } = options as ApolloDriverConfig & Record<string, unknown>;
    const server = new ApolloServer<BaseContext>({
      ...rest,
      gateway: jitGateway(schema),
      plugins: [...(options.plugins ?? []), drain, ApolloServerPluginCacheControlDisabled()],
    } as ConstructorParameters<typeof ApolloServer<BaseContext>>[0]);
    await server.start();
    httpAdapter.getInstance().use(path, expressMiddleware(server, { context: options.context as never }));
    this.apolloServer = server;
  }
}
