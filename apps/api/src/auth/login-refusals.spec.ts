import { invalidCredentials, lockedOut } from './login-refusals';

describe('login refusals', () => {
  it('a lockout is UNAUTHENTICATED with reason LOCKED_OUT and the seconds to wait', () => {
    const e = lockedOut(876);
    expect(e.message).toBe('Too many failed attempts: try again in 876 s');
    expect(e.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'LOCKED_OUT', retryAfterSeconds: 876 });
  });

  it('wrong credentials say how many attempts are left only once few are', () => {
    expect(invalidCredentials({ attemptsLeft: 4, retryAfterSeconds: 800 }).extensions).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'INVALID_CREDENTIALS',
    });
    expect(invalidCredentials(null).extensions).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'INVALID_CREDENTIALS',
    });
    const last = invalidCredentials({ attemptsLeft: 3, retryAfterSeconds: 800 });
    expect(last.message).toBe('Invalid username or password');
    expect(last.extensions).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'INVALID_CREDENTIALS',
      attemptsLeft: 3,
    });
    // None left: the next attempt is refused, so say for how long already.
    expect(invalidCredentials({ attemptsLeft: 0, retryAfterSeconds: 800 }).extensions).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'INVALID_CREDENTIALS',
      attemptsLeft: 0,
      retryAfterSeconds: 800,
    });
  });
});
