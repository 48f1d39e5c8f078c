import jwt from 'jsonwebtoken';
import type { AppConfig } from '../config/app-config';
import { TokenService } from './token.service';

const SECRET = 'a-test-secret-of-enough-length-0123456789';
const service = (secret = SECRET) =>
  new TokenService({ jwtSecret: secret, jwtTtlSeconds: 3600 } as AppConfig);
const claims = { sub: 'user-1', role: 'ADMIN', sv: 3 };

/** The message of the UNAUTHENTICATED error `verify` throws. */
function rejection(run: () => unknown): string {
  try {
    run();
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('verify accepted the token');
}

describe('TokenService', () => {
  it('verifies what it signed, with the claims it was given', () => {
    const tokens = service();
    const { token, expiresAt } = tokens.sign(claims, Date.UTC(2030, 0, 1));
    expect(expiresAt.toISOString()).toBe('2030-01-01T01:00:00.000Z');
    jest.useFakeTimers({ now: Date.UTC(2030, 0, 1, 0, 30) });
    try {
      expect(tokens.verify(token)).toEqual(claims);
    } finally {
      jest.useRealTimers();
    }
  });

  it("carries the user's district when given one, and leaves it out of older tokens' claims", () => {
    const district = '0f8e2a4c-3b1d-4e5f-9a6b-7c8d9e0f1a2b';
    const tokens = service();
    expect(tokens.verify(tokens.sign({ ...claims, district }).token)).toEqual({ ...claims, district });
    expect(tokens.verify(tokens.sign(claims).token)).not.toHaveProperty('district');
  });

  it('rejects a district that is not a uuid (it is bound as one in the session lookup)', () => {
    const notUuid = jwt.sign({ ...claims, district: 'district-1' }, SECRET, {
      algorithm: 'HS256',
      issuer: 'pathboard',
      expiresIn: 60,
    });
    expect(rejection(() => service().verify(notUuid))).toBe('Invalid token');
  });

  it('signs plain HS256 with the configured secret, readable by any JWT library', () => {
    const { token } = service().sign(claims);
    const decoded = jwt.verify(token, SECRET, { algorithms: ['HS256'] }) as jwt.JwtPayload;
    expect(decoded).toMatchObject({ ...claims, iss: 'pathboard' });
  });

  it('rejects a token signed with another secret', () => {
    const { token } = service('another-secret-of-enough-length-9876543210').sign(claims);
    expect(rejection(() => service().verify(token))).toBe('Invalid token');
  });

  it('rejects an expired token as expired', () => {
    const { token } = service().sign(claims, Date.now() - 2 * 3600 * 1000);
    expect(rejection(() => service().verify(token))).toBe('Session expired: please sign in again');
  });

  it('rejects an unsigned token, one without an expiry and one without a session version', () => {
    const unsigned = jwt.sign({ ...claims, exp: Math.floor(Date.now() / 1000) + 60 }, null, {
      algorithm: 'none',
      issuer: 'pathboard',
    });
    const noExpiry = jwt.sign(claims, SECRET, { algorithm: 'HS256', issuer: 'pathboard' });
    const noVersion = jwt.sign({ sub: 'user-1', role: 'ADMIN' }, SECRET, {
      algorithm: 'HS256',
      issuer: 'pathboard',
      expiresIn: 60,
    });
    for (const token of [unsigned, noExpiry, noVersion]) {
      expect(rejection(() => service().verify(token))).toBe('Invalid token');
    }
  });
});
