import { graphql } from '../../../generated';

// Typed from apps/api/schema.gql by `nx run web:codegen` (see src/generated/).

export const SESSION_USER_FIELDS = graphql(`
  fragment SessionUserFields on User {
    id
    username
    displayName
    role
    scopeUnit {
      id
      name
    }
  }
`);

export const LOGIN = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      expiresAt
      user {
        ...SessionUserFields
      }
    }
  }
`);

export const ME = graphql(`
  query Me {
    me {
      ...SessionUserFields
    }
  }
`);

/** Operation names the error link must not treat as "session lost". */
export const LOGIN_OPERATION = 'Login';
