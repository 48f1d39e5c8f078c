/**
 * The API refuses bad form input with BAD_USER_INPUT naming the field (extensions.field, or a list in
 * extensions.problems), in English. Forms show these at the field itself, in the user's language
 * where the reason is known (a code already used, a username not available).
 */

/** taken: a code or name in use; common: a password on leaked-password lists; repeats/username: other password rules. */
export type FieldProblemReason = 'taken' | 'common' | 'containsUsername' | 'repeats' | 'invalid';

export interface FieldProblem {
  field: string;
  reason: FieldProblemReason;
  /** The server's words, without a leading "field: " (shown when the reason is not one we word). */
  detail: string;
}

type GraphQLErrorLike = { message?: string; extensions?: Record<string, unknown> };

function reasonOf(message: string): FieldProblemReason {
  if (/already (used|taken|exists)|is not available/i.test(message)) return 'taken';
  // The password rules only the server can check (apps/api/src/users/password-policy.ts).
  if (/too common/i.test(message)) return 'common';
  if (/must not contain the username/i.test(message)) return 'containsUsername';
  if (/must not repeat one character/i.test(message)) return 'repeats';
  return 'invalid';
}

function stripField(message: string, field: string): string {
  return message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
}

/** Field problems of a failed mutation; empty when the error is not about particular fields. */
export function fieldProblems(error: unknown, knownFields: readonly string[]): FieldProblem[] {
  const errors = (
    (error as { graphQLErrors?: readonly GraphQLErrorLike[] } | null)?.graphQLErrors ?? []
  ).filter((e) => e.extensions?.['code'] === 'BAD_USER_INPUT');
  const out: FieldProblem[] = [];
  for (const e of errors) {
    const problems = e.extensions?.['problems'];
    if (Array.isArray(problems)) {
      for (const p of problems as { field?: unknown; message?: unknown }[]) {
        if (typeof p.field === 'string' && typeof p.message === 'string' && knownFields.includes(p.field)) {
          out.push({ field: p.field, reason: reasonOf(p.message), detail: stripField(p.message, p.field) });
        }
      }
      continue;
    }
    const field = e.extensions?.['field'];
    if (typeof field === 'string' && knownFields.includes(field)) {
      const message = e.message ?? '';
      out.push({ field, reason: reasonOf(message), detail: stripField(message, field) });
    }
  }
  return out;
}

/**
 * The reason of a BAD_USER_INPUT refusal (extensions.reason) when it is one of `known`: the reasons
 * a dialog words itself (a tree rule the user can act on), rather than showing the server's English.
 */
export function refusalReasonOf<R extends string>(error: unknown, known: readonly R[]): R | null {
  const errors = (error as { graphQLErrors?: readonly GraphQLErrorLike[] } | null)?.graphQLErrors ?? [];
  for (const e of errors) {
    const reason = e.extensions?.['reason'];
    if (
      e.extensions?.['code'] === 'BAD_USER_INPUT' &&
      typeof reason === 'string' &&
      (known as readonly string[]).includes(reason)
    ) {
      return reason as R;
    }
  }
  return null;
}

/** What a user form shows for a field problem: an i18n key and its values (one wording for every form). */
export function fieldProblemMessage(p: FieldProblem): { key: string; values?: Record<string, string> } {
  if (p.reason === 'taken' && p.field === 'username') return { key: 'admin.users.usernameTaken' };
  if (
    p.field === 'password' &&
    (p.reason === 'common' || p.reason === 'containsUsername' || p.reason === 'repeats')
  )
    return { key: `admin.users.passwordRefused.${p.reason}` };
  return { key: 'admin.fieldRejected', values: { detail: p.detail } };
}
