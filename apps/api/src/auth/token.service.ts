import { Inject, Injectable } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { unauthenticated } from '../common/errors';
import { APP_CONFIG, AppConfig } from '../config/app-config';

export interface TokenClaims {
  sub: string;
  role: string;
}

/** HS256 JWTs with an expiry (JWT_TTL). */
@Injectable()
export class TokenService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  sign(claims: TokenClaims, now = Date.now()): { token: string; expiresAt: Date } {
    const iat = Math.floor(now / 1000);
    const exp = iat + this.config.jwtTtlSeconds;
    const token = jwt.sign({ ...claims, iat, exp }, this.config.jwtSecret, { algorithm: 'HS256', issuer: 'pathboard' });
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** Throws UNAUTHENTICATED for an expired, malformed or forged token. */
  verify(token: string): TokenClaims {
    try {
      const payload = jwt.verify(token, this.config.jwtSecret, { algorithms: ['HS256'], issuer: 'pathboard' });
      if (typeof payload !== 'object' || typeof payload.sub !== 'string') throw new Error('no subject');
      return { sub: payload.sub, role: String(payload['role'] ?? '') };
    } catch (err) {
      if (err instanceof jwt.TokenExpiredError) throw unauthenticated('Session expired: please sign in again');
      throw unauthenticated('Invalid token');
    }
  }
}
