import type { ErrorLike } from '../../../shared/errors';

export type HttpFailure = 'http' | 'network' | 'aborted';

/**
 * A failed report download or upload. `body` is the server's JSON error when it sent one: the API
 * writes `{ code, message, ...extensions }` (BAD_USER_INPUT, FORBIDDEN, …), as GraphQL errors carry.
 */
export class HttpRequestError extends Error {
  constructor(
    readonly failure: HttpFailure,
    message: string,
    readonly status?: number,
    readonly body?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'HttpRequestError';
  }
}

/**
 * The shape shared/errors' describeError reads, so a download error is worded exactly like a
 * GraphQL one: a coded body as a GraphQL error, otherwise the status (404: not there, 5xx: server)
 * or, without any answer, a network problem.
 */
export function toErrorLike(error: unknown): ErrorLike {
  if (!(error instanceof HttpRequestError)) return (error ?? {}) as ErrorLike;
  if (error.failure === 'network') return { networkError: new Error('network') };
  const code = error.body?.['code'];
  if (typeof code === 'string') {
    const message =
      typeof error.body?.['message'] === 'string' ? (error.body['message'] as string) : error.message;
    return { graphQLErrors: [{ message, extensions: { ...error.body } }] };
  }
  return { networkError: Object.assign(new Error(error.message), { statusCode: error.status }) };
}

/** Reads a JSON error body if there is one; anything else (HTML, empty) gives undefined. */
export async function readErrorBody(response: Response): Promise<Record<string, unknown> | undefined> {
  try {
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

export function isAbort(error: unknown): boolean {
  return (error as { name?: string } | null)?.name === 'AbortError';
}
