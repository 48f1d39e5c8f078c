import { GraphQLError } from 'graphql';
import { ErrorCode } from '../common/errors';
import { AttemptsLeft, WARN_WHEN_ATTEMPTS_LEFT } from './login-throttle.policy';

/**
 * The two ways `login` refuses, told apart by `extensions.reason` so the login page can say which
 * (clients that only read `code` still see UNAUTHENTICATED, as before). The messages stay as they were:
 * scripts and probes match them.
 */
export const LoginRefusalReason = {
  /** Over a throttle limit: the password was not even checked. `retryAfterSeconds` says how long. */
  LOCKED_OUT: 'LOCKED_OUT',
  /** Unknown district or user, inactive user or wrong password: one answer for all (no disclosure). */
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
} as const;

/** The attempt was refused without checking the password; the next may be made in `retryAfterSeconds`. */
export function lockedOut(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`Too many failed attempts: try again in ${retryAfterSeconds} s`, {
    extensions: {
      code: ErrorCode.UNAUTHENTICATED,
      reason: LoginRefusalReason.LOCKED_OUT,
      retryAfterSeconds,
    },
  });
}

/**
 * Wrong credentials. Once few attempts are left, how many (and, at none, how long the wait will be),
 * so a user who mistyped is warned before the lockout rather than surprised by it. The budget is
 * counted per typed username before it is looked up, so it is the same for an unknown username.
 */
export function invalidCredentials(left: AttemptsLeft | null): GraphQLError {
  const warn = left && left.attemptsLeft <= WARN_WHEN_ATTEMPTS_LEFT;
  return new GraphQLError('Invalid username or password', {
    extensions: {
      code: ErrorCode.UNAUTHENTICATED,
      reason: LoginRefusalReason.INVALID_CREDENTIALS,
      ...(warn ? { attemptsLeft: left.attemptsLeft } : {}),
      ...(warn && left.attemptsLeft === 0 ? { retryAfterSeconds: left.retryAfterSeconds } : {}),
    },
  });
}
