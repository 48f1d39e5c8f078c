import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SessionUser } from '../session/session';

// Hand-typed until apps/api/schema.gql lands; then `nx run web:codegen` generates these types
// from the same documents and the casts below go away.

export interface LoginData {
  login: { token: string; expiresAt: string; user: SessionUser };
}
export interface LoginVariables {
  username: string;
  password: string;
}

export const LOGIN: TypedDocumentNode<LoginData, LoginVariables> = gql`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      expiresAt
      user {
        id
        username
        displayName
        role
        scopeUnit {
          id
          name
        }
      }
    }
  }
`;

export interface MeData {
  me: SessionUser;
}

export const ME: TypedDocumentNode<MeData, Record<string, never>> = gql`
  query Me {
    me {
      id
      username
      displayName
      role
      scopeUnit {
        id
        name
      }
    }
  }
`;

/** Operation names the error link must not treat as "session lost". */
export const LOGIN_OPERATION = 'Login';
