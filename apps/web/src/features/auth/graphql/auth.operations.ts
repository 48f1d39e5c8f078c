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
  mutation Login($username: String!, $password: String!, $district: String) {
    login(username: $username, password: $password, district: $district) {
      token
      expiresAt
      user {
        ...SessionUserFields
      }
    }
  }
`);

/** The districts one may sign in to (public); the page asks for one only when there are several. */
export const LOGIN_DISTRICTS = graphql(`
  query LoginDistricts {
    loginDistricts {
      code
      name
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
