import { ApolloClient, from, HttpLink, InMemoryCache } from '@apollo/client';
import { setContext } from '@apollo/client/link/context';
import { onError } from '@apollo/client/link/error';
import { LOGIN_OPERATION } from '../features/auth/graphql/auth.operations';
import { isUnauthenticated } from '../shared/errors';

export interface ApolloClientDeps {
  /** The current bearer token, read per request so a new login needs no new client. */
  getToken: () => string | null;
  /** The server said the session is gone: the app clears it and shows the login page. */
  onUnauthenticated: () => void;
  uri?: string;
}

/**
 * Lists that are answers to a question (the quarter's assessments in scope, by period and status)
 * are replaced whole by a newer answer: merging them by position would be wrong, and Apollo warned
 * "Cache data may be lost when replacing the assessments field" after every approve or return.
 */
export const TYPE_POLICIES = {
  Query: {
    fields: {
      assessments: { merge: (_existing: unknown, incoming: unknown) => incoming },
    },
  },
  // An assessment's score (self or official) has no id of its own: it is the score of the assessment
  // holding it. Two queries asking different fields of it merge into one object, as an entity's do,
  // instead of the later one dropping the other's fields (and Apollo warning on each form load).
  AssessmentScore: { merge: true },
};

export function createCache() {
  return new InMemoryCache({ typePolicies: TYPE_POLICIES });
}

export function createApolloClient({ getToken, onUnauthenticated, uri = '/graphql' }: ApolloClientDeps) {
  const authLink = setContext((_, { headers }) => {
    const token = getToken();
    return { headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
  });

  const errorLink = onError(({ graphQLErrors, networkError, operation }) => {
    // A refused login is a wrong password, not a lost session; the login form words it.
    if (operation.operationName === LOGIN_OPERATION) return;
    const status = (networkError as { statusCode?: number } | null | undefined)?.statusCode;
    if (isUnauthenticated(graphQLErrors) || status === 401) onUnauthenticated();
  });

  return new ApolloClient({
    link: from([errorLink, authLink, new HttpLink({ uri })]),
    cache: createCache(),
    defaultOptions: {
      // Screens show errors in words themselves (describeError); keep partial data with them.
      watchQuery: { errorPolicy: 'all' },
    },
  });
}
