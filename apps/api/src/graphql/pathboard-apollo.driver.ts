import { ApolloServer, BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Injectable } from '@nestjs/common';
import { expressMiddleware } from './express-middleware';

/**
 * ApolloDriver whose Express registration uses our own Apollo↔Express glue instead of the optional
 * peer `@as-integrations/express5`. Everything else (schema, plugins, error wrapping) is @nestjs/apollo's.
 */
@Injectable()
export class PathboardApolloDriver extends ApolloDriver {
  protected override async registerExpress(options: ApolloDriverConfig, { preStartHook }: { preStartHook?: () => void } = {}): Promise<void> {
    const { path = '/graphql', typeDefs, resolvers, schema } = options;
    const httpAdapter = this.httpAdapterHost.httpAdapter;
    httpAdapter.use(path, (req: { body?: unknown }, _res: unknown, next: () => void) => {
      req.body = req.body ?? {};
      next();
    });
    const drain = ApolloServerPluginDrainHttpServer({ httpServer: httpAdapter.getHttpServer() });
    preStartHook?.();
    const server = new ApolloServer<BaseContext>({
      typeDefs,
      resolvers,
      schema,
      ...(options as object),
      plugins: [...(options.plugins ?? []), drain],
    } as ConstructorParameters<typeof ApolloServer<BaseContext>>[0]);
    await server.start();
    httpAdapter.getInstance().use(path, expressMiddleware(server, { context: options.context as never }));
    this.apolloServer = server;
  }
}
