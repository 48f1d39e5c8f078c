/**
 * The login mutation's refusals in words. The server tells them apart in `extensions.reason`
 * (apps/api/src/auth/login-refusals.ts): a lockout is not a wrong password, and saying "wrong
 * password" to someone typing the right one during a lockout sends them to the administrator for a
 * reset they do not need.
 */
import type { DescribeContext, GraphQLErrorLike, UserFacingError } from './describe-error';

/** Whole minutes, rounded up: "in 15 minutes" for 876 s, never "in 0 minutes". */
export function minutesToWait(seconds: unknown): number | undefined {
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0
    ? Math.ceil(seconds / 60)
    : undefined;
}

function lockedOutText(retryAfterSeconds: unknown, ctx: DescribeContext): string {
  const minutes = minutesToWait(retryAfterSeconds);
  return minutes === undefined
    ? ctx.t('loginLimit.lockedOutLater')
    : ctx.t('loginLimit.lockedOut', { count: minutes });
}

/** An UNAUTHENTICATED answer to `login`: locked out (with the wait), or wrong credentials (with a countdown). */
export function describeLoginRefusal(error: GraphQLErrorLike, ctx: DescribeContext): UserFacingError {
  const extensions = error.extensions ?? {};
  if (extensions.reason === 'LOCKED_OUT')
    return {
      kind: 'TOO_MANY_REQUESTS',
      message: lockedOutText(extensions.retryAfterSeconds, ctx),
      details: [],
      backToLogin: false,
    };
  // Sent only once few attempts are left: 0 means the next attempt will be refused.
  const left = extensions.attemptsLeft;
  const details =
    typeof left !== 'number'
      ? []
      : left > 0
        ? [ctx.t('loginLimit.attemptsLeft', { count: left })]
        : [lockedOutText(extensions.retryAfterSeconds, ctx)];
  return { kind: 'UNAUTHENTICATED', message: ctx.t('auth.wrongCredentials'), details, backToLogin: false };
}
