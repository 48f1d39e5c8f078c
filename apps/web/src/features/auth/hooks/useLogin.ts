import { useMutation } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { describeError, type UserFacingError } from '../../../shared/errors';
import { contentLang, type AppLanguage } from '../../../shared/i18n/languages';
import { LOGIN } from '../graphql/auth.operations';
import type { Session } from '../session/session';
import { sessionStore } from '../session/session-instance';

export interface LoginState {
  login: (username: string, password: string) => Promise<Session | null>;
  loading: boolean;
  /** The failure in words (wrong password, network…), or null. */
  error: UserFacingError | null;
}

export function useLogin(): LoginState {
  const { t, i18n } = useTranslation();
  const [mutate, { loading, error }] = useMutation(LOGIN);

  const login = async (username: string, password: string) => {
    try {
      const result = await mutate({ variables: { username: username.trim(), password } });
      const session = result.data?.login ?? null;
      if (session) sessionStore.start(session);
      return session;
    } catch {
      return null; // the error is in `error` and rendered by the form
    }
  };

  const described = error
    ? describeError(error, { t: (k, p) => t(k, p), lang: contentLang(i18n.language as AppLanguage), operation: 'login' })
    : null;
  return { login, loading, error: described };
}
