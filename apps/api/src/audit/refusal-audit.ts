import { HttpException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import type { AuditService } from './audit.service';

/**
 * Refused attempts (imports, uploads) are audited: who sent what, and why it was refused. One
 * writer for every refusal path: `recordRefusal`, called by the GraphQL services and by
 * `AuditRefusals` (refusal-audit.interceptor.ts) around the HTTP upload routes, which sees every
 * refusal of the route (upload limits, bad files, parse errors, closed periods, missing targets).
 * Access denials are not refusals here: AccessPolicy already audits them (ACCESS_DENIED).
 */

/** What the code that refused knew (the period, the file's hash, details), carried on the error. */
export interface RefusalDetails {
  targetType?: string;
  targetId?: string | null;
  details?: Record<string, unknown>;
}

const DETAILS = Symbol.for('pathboard.refusalDetails');

/** Adds what is known about a refusal to the error (merged with what was attached before). */
export function attachRefusalDetails<E>(err: E, d: RefusalDetails): E {
  if (err && typeof err === 'object') {
    const prev = (err as Record<symbol, RefusalDetails | undefined>)[DETAILS];
    (err as Record<symbol, RefusalDetails>)[DETAILS] = {
      ...prev,
      ...d,
      details: { ...prev?.details, ...d.details },
    };
  }
  return err;
}

export interface RefusalSummary {
  status: number;
  code: string;
  reason: string | null;
  message: string;
}

/** The refusal an error answers with, or null when it is no refusal (a server error, an access denial). */
export function describeRefusal(err: unknown): RefusalSummary | null {
  if (err instanceof GraphQLError) {
    const code = String(err.extensions['code'] ?? '');
    const status = { BAD_USER_INPUT: 400, NOT_FOUND: 404, CONFLICT: 409 }[code];
    if (!status) return null;
    const reason = err.extensions['reason'];
    return { status, code, reason: typeof reason === 'string' ? reason : null, message: clip(err.message) };
  }
  if (err instanceof HttpException) {
    const status = err.getStatus();
    if (status >= 500 || status === 401 || status === 403 || status === 429) return null;
    const body = err.getResponse();
    const code =
      typeof body === 'object' && body && typeof (body as { code?: unknown }).code === 'string'
        ? (body as { code: string }).code
        : `HTTP_${status}`;
    return { status, code, reason: null, message: clip(err.message) };
  }
  return null;
}

const clip = (s: string) => (s.length > 500 ? `${s.slice(0, 500)}…` : s);

/**
 * Writes `action` for a refused attempt by `user`, outside any (rolled back) transaction. Returns
 * false when the error is no refusal. Never throws: a failed audit write is logged and the refusal
 * itself still answers.
 */
export async function recordRefusal(
  deps: { audit: AuditService; manager: EntityManager; log: Logger },
  user: AuthUser,
  action: string,
  err: unknown,
  fallback: RefusalDetails = {},
): Promise<boolean> {
  const refusal = describeRefusal(err);
  if (!refusal) return false;
  const known = (err as Record<symbol, RefusalDetails | undefined>)[DETAILS];
  try {
    await deps.audit.record(deps.manager, {
      actorId: user.id,
      districtId: user.districtId,
      action,
      targetType: known?.targetType ?? fallback.targetType ?? 'Request',
      targetId: known?.targetId ?? fallback.targetId ?? null,
      after: { refusal, ...fallback.details, ...known?.details },
    });
  } catch (error) {
    deps.log.error({ err: error, actorId: user.id, action }, `could not write ${action} audit event`);
  }
  return true;
}
