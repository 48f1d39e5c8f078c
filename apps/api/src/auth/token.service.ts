import { createSecretKey, type KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import jwt from 'jsonwebtoken';
import { unauthenticated } from '../common/errors';
import { APP_CONFIG, AppConfig } from '../config/app-config';

export interface TokenClaims {
  sub: string;
  role: string;
  /** The user's session_version when the token was issued; a later password change or deactivation bumps it. */
  sv: number;
  /**
   * The user's district (the distribution key of `app_user`), so the session lookup of every request
   * reads one district (one shard under Citus, docs/scale-out.md). Absent from tokens issued before
   * it was added: those are looked up by `sub` alone until they expire (JWT_TTL).
   */
  district?: string;
}

/** HS256 JWTs with an expiry (JWT_TTL). */
@Injectable()
export class TokenService {
  /**
   * The secret as a key object, made once. Given a string, jsonwebtoken first tries it as a PEM public
   * key on every call and builds a secret key only after that throws: about a millisecond of CPU per
   * request, measured with --cpu-prof under bench:api.
   */
  private readonly key: KeyObject;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
  }

  sign(claims: TokenClaims, now = Date.now()): { token: string; expiresAt: Date } {
    const iat = Math.floor(now / 1000);
    const exp = iat + this.config.jwtTtlSeconds;
    const token = jwt.sign({ ...claims, iat, exp }, this.key, {
      algorithm: 'HS256',
      issuer: 'pathboard',
    });
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /**
   * Throws UNAUTHENTICATED for an expired, malformed or forged token, and for one without `exp`
   * (jsonwebtoken accepts those: a leaked one would work forever) or without a session version, and
   * for a `district` that is not a uuid (it is bound as one; any form PostgreSQL stores is accepted).
   */
  verify(token: string): TokenClaims {
    let payload: string | jwt.JwtPayload;
    try {
      payload = jwt.verify(token, this.key, { algorithms: ['HS256'], issuer: 'pathboard' });
    } catch (err) {
      if (err instanceof jwt.TokenExpiredError)
        throw unauthenticated('Session expired: please sign in again');
      throw unauthenticated('Invalid token');
    }
    if (
      typeof payload !== 'object' ||
      typeof payload.sub !== 'string' ||
      typeof payload.exp !== 'number' ||
      !Number.isInteger(payload['sv']) ||
      (payload['district'] !== undefined && !isUUID(payload['district'], 'loose'))
    ) {
      throw unauthenticated('Invalid token');
    }
    const claims: TokenClaims = {
      sub: payload.sub,
      role: String(payload['role'] ?? ''),
      sv: payload['sv'] as number,
    };
    if (payload['district'] !== undefined) claims.district = payload['district'] as string;
    return claims;
  }
}
