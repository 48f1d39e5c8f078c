import {
  attemptsLeftFor,
  normalizeAddress,
  refusalFor,
  THROTTLE_LIMITS,
  throttleKeys,
} from './login-throttle.policy';

describe('login throttle policy', () => {
  it('counts an unknown device on the account and the address; a known device on its own key only', () => {
    expect(throttleKeys({ district: 'D1', username: ' Admin ', address: '::ffff:10.0.0.7' })).toEqual([
      { kind: 'account', key: 'account:d1:admin' },
      { kind: 'address', key: 'address:10.0.0.7' },
    ]);
    expect(throttleKeys({ district: 'd1', username: 'admin', address: '10.0.0.7', deviceId: 'abc' })).toEqual(
      [{ kind: 'device', key: 'device:d1:admin:abc' }],
    );
  });

  it('keys an account by district and username: namesakes in two districts have their own budgets', () => {
    const [a] = throttleKeys({ district: 'D1', username: 'zhangsan', address: '10.0.0.7' });
    const [b] = throttleKeys({ district: 'D2', username: 'zhangsan', address: '10.0.0.7' });
    expect(a.key).not.toBe(b.key);
  });

  it('groups IPv6 addresses by /64', () => {
    expect(normalizeAddress('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(normalizeAddress('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(normalizeAddress('127.0.0.1')).toBe('127.0.0.1');
  });

  it('refuses once a key is over its limit, with the longest wait, and marks the first refusal', () => {
    const limit = THROTTLE_LIMITS.account.attempts;
    const under = { key: 'account:a', kind: 'account' as const, attempts: limit, secondsLeft: 30 };
    expect(refusalFor([under])).toBeNull();
    const over = { ...under, attempts: limit + 1, secondsLeft: 12.2 };
    expect(refusalFor([over])).toEqual({
      kind: 'account',
      key: 'account:a',
      retryAfterSeconds: 13,
      first: true,
    });
    const address = {
      key: 'address:x',
      kind: 'address' as const,
      attempts: THROTTLE_LIMITS.address.attempts + 5,
      secondsLeft: 400,
    };
    expect(refusalFor([over, address])).toEqual({
      kind: 'address',
      key: 'address:x',
      retryAfterSeconds: 400,
      first: false,
    });
  });

  it('tells how many attempts the tightest key has left, and when its window ends', () => {
    const account = { key: 'account:a', kind: 'account' as const, attempts: 8, secondsLeft: 600.4 };
    const address = { key: 'address:x', kind: 'address' as const, attempts: 2, secondsLeft: 890 };
    expect(attemptsLeftFor([account, address])).toEqual({ attemptsLeft: 2, retryAfterSeconds: 601 });
    // An address near its limit is the tighter one, though its account has budget.
    const busyAddress = { ...address, attempts: THROTTLE_LIMITS.address.attempts - 1 };
    expect(attemptsLeftFor([account, busyAddress])).toEqual({ attemptsLeft: 1, retryAfterSeconds: 890 });
    // At the limit: none left; the wait is the longer window of the keys that are out.
    const spent = { ...account, attempts: THROTTLE_LIMITS.account.attempts };
    const spentAddress = { ...address, attempts: THROTTLE_LIMITS.address.attempts };
    expect(attemptsLeftFor([spent, spentAddress])).toEqual({ attemptsLeft: 0, retryAfterSeconds: 890 });
    expect(attemptsLeftFor([])).toBeNull();
  });
});
