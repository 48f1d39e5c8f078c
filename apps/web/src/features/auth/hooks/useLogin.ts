import { useMutation } from '@apollo/client';
import { useDescribeError, type UserFacingError } from '../../../shared/errors';
import { LOGIN } from '../graphql/auth.operations';
import type { Session } from '../session/session';
import { sessionStore } from '../session/session-instance';

export interface LoginState {
  /** `district`: a loginDistricts code, left out while the server has only one district. */
  login: (username: string, password: string, district?: string) => Promise<Session | null>;
  loading: boolean;
  /** The failure in words (wrong password, network…), or null. */
  error: UserFacingError | null;
}

export function useLogin(): LoginState {
  const describe = useDescribeError({ operation: 'login' });
  const [mutate, { loading, error }] = useMutation(LOGIN);

  const login = async (username: string, password: string, district?: string) => {
    try {
      const result = await mutate({
        variables: { username: username.trim(), password, ...(district ? { district } : {}) },
      });
      const session = result.data?.login ?? null;
      if (session) sessionStore.start(session);
      return session;
    } catch {
      return null; // the error is in `error` and rendered by the form
    }
  };

  return { login, loading, error: error ? describe(error) : null };
}
