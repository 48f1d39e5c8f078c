import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { AccessPolicy, getAccessDenial } from './access-policy.service';

/**
 * Writes one ACCESS_DENIED audit event per refusal from AccessPolicy (FORBIDDEN, or answered as a
 * missing target), after the operation ran (so outside, and after the rollback of, the transaction
 * that was refused) and before the response is sent.
 */
@Plugin()
export class AccessDeniedAuditPlugin implements ApolloServerPlugin {
  constructor(private readonly policy: AccessPolicy) {}

  async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
    const policy = this.policy;
    return {
      async didEncounterErrors({ errors }) {
        for (const err of errors) {
          if (getAccessDenial(err)) await policy.recordDenial(err);
        }
      },
    };
  }
}
