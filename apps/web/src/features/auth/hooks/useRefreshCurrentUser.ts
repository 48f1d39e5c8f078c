import { useQuery } from '@apollo/client';
import { useEffect } from 'react';
import { ME } from '../graphql/auth.operations';
import { sessionStore } from '../session/session-instance';
import { useSession } from './useSession';

/**
 * Re-reads the user from the server once per app load: a renamed user or a changed role or scope
 * shows in the header without logging out; an invalid token ends the session via the error link.
 */
export function useRefreshCurrentUser(): void {
  const { session } = useSession();
  const { data } = useQuery(ME, { skip: !session, fetchPolicy: 'network-only' });
  useEffect(() => {
    if (data?.me) sessionStore.updateUser(data.me);
  }, [data]);
}
