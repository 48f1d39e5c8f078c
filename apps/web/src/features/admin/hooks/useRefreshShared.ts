import { useApolloClient } from '@apollo/client';
import { useCallback } from 'react';
import { ORG_PICKER_TREE, PERIOD_LIST } from '../../overview/graphql/overview.operations';

/**
 * After an admin change, the overview's cached org tree or quarter list would be stale (they are
 * read cache-first). Re-reading them in the background keeps the other screens right without
 * making every visit to them pay for a 5,000-branch tree.
 */
export function useRefreshShared() {
  const client = useApolloClient();
  const refresh = useCallback(
    (what: 'tree' | 'periods') => {
      const query = what === 'tree' ? ORG_PICKER_TREE : PERIOD_LIST;
      client.query({ query, fetchPolicy: 'network-only' }).catch(() => undefined); // a failure only leaves the old list
    },
    [client],
  );
  return refresh;
}
