import { useApolloClient } from '@apollo/client';
import { useCallback } from 'react';
import { sessionStore } from '../session/session-instance';

/** Ends the session and forgets every cached answer, so the next user never sees the last one's data. */
export function useLogout(): () => void {
  const client = useApolloClient();
  return useCallback(() => {
    sessionStore.end('logout');
    void client.clearStore();
  }, [client]);
}
