import { LoginThrottle } from './login-throttle';

describe('LoginThrottle', () => {
  it('locks a username after N failures within the window, then lets it try again', () => {
    const t = new LoginThrottle(3, 60_000);
    const t0 = 1_000_000;
    t.fail('Admin', t0);
    t.fail('admin', t0 + 1000);
    expect(t.retryAfter('admin', t0 + 2000)).toBe(0);
    t.fail('admin', t0 + 2000);
    expect(t.retryAfter('ADMIN', t0 + 3000)).toBe(57);
    expect(t.retryAfter('other', t0 + 3000)).toBe(0);
    expect(t.retryAfter('admin', t0 + 60_001)).toBe(0);
  });

  it('a success clears the failures', () => {
    const t = new LoginThrottle(2, 60_000);
    t.fail('u', 0);
    t.succeed('u');
    t.fail('u', 1);
    expect(t.retryAfter('u', 2)).toBe(0);
  });
});
