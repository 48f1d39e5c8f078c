/**
 * Turns whatever a GraphQL call failed with into words an office worker can act on.
 * Pure: it takes the translator and, optionally, a lookup of indicator names, so it is tested
 * without React or a network, and the Apollo error link and the screens share it.
 */

export type ErrorKind = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'CONFLICT' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'NETWORK' | 'SERVER' | 'UNKNOWN';

/** The structural parts of a GraphQL error that we read (GraphQLFormattedError fits). */
export interface GraphQLErrorLike {
  message: string;
  extensions?: Record<string, unknown>;
}

/** ApolloError, a fetch failure, or a bare list of GraphQL errors all fit. */
export interface ErrorLike {
  message?: string;
  graphQLErrors?: readonly GraphQLErrorLike[];
  networkError?: (Error & { statusCode?: number }) | null;
}

export interface DescribeContext {
  t: (key: string, params?: Record<string, unknown>) => string;
  lang: 'zh' | 'en';
  /** Indicator code → its name in `lang`, so messages name 三会一课落实率 rather than ORG_MEETINGS. */
  indicatorName?: (code: string) => string | undefined;
  /** On the login form an UNAUTHENTICATED answer means wrong credentials, not an expired session. */
  operation?: 'login';
}

export interface UserFacingError {
  kind: ErrorKind;
  /** One sentence for an alert or a message toast. */
  message: string;
  /** Further lines, one per bad field or indicator. */
  details: string[];
  /** The indicator or field the server complained about first, to focus or highlight it. */
  field?: string;
  /** The session is gone: clear it and go to the login page. */
  backToLogin: boolean;
}

const CODE_TO_KIND: Record<string, ErrorKind> = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  GRAPHQL_VALIDATION_FAILED: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  INTERNAL_SERVER_ERROR: 'SERVER',
};

/** Server-side value issues, as libs/scoring's validateValues reports them. */
interface IssueLike {
  indicator?: string;
  field?: string;
  code?: string;
  message?: string | { zh?: string; en?: string };
}

function issueText(message: IssueLike['message'], lang: 'zh' | 'en'): string | undefined {
  if (typeof message === 'string') return message;
  return message?.[lang] ?? message?.zh ?? message?.en;
}

function asIssues(value: unknown): IssueLike[] {
  return Array.isArray(value) ? value.filter((v): v is IssueLike => typeof v === 'object' && v !== null) : [];
}

/** Nest's ValidationPipe puts its messages in originalError.message (a string or a list). */
function validationMessages(extensions: Record<string, unknown>): string[] {
  const original = extensions.originalError as { message?: unknown } | undefined;
  const message = original?.message;
  if (Array.isArray(message)) return message.filter((m): m is string => typeof m === 'string');
  return [];
}

function kindOf(error: GraphQLErrorLike): ErrorKind {
  const code = error.extensions?.code;
  return typeof code === 'string' ? (CODE_TO_KIND[code] ?? 'UNKNOWN') : 'UNKNOWN';
}

function describeBadInput(error: GraphQLErrorLike, ctx: DescribeContext): UserFacingError {
  const extensions = error.extensions ?? {};
  const nameOf = (code: string) => ctx.indicatorName?.(code) ?? code;
  const issues = asIssues(extensions.issues);
  const details = issues.map((issue) => {
    const reason = issueText(issue.message, ctx.lang) ?? issue.code ?? error.message;
    return issue.indicator && issue.indicator !== 'values' ? ctx.t('errors.badInputField', { field: nameOf(issue.indicator), reason }) : reason;
  });
  details.push(...validationMessages(extensions));

  const named = issues.find((i) => i.indicator && i.indicator !== 'values')?.indicator;
  const field = named ?? (typeof extensions.indicator === 'string' ? extensions.indicator : undefined) ?? (typeof extensions.field === 'string' ? extensions.field : undefined);
  let message = ctx.t('errors.badInput');
  if (details.length === 1) message = details[0];
  else if (details.length === 0 && field) message = ctx.t('errors.badInputField', { field: nameOf(field), reason: error.message });
  return { kind: 'BAD_USER_INPUT', message, details: details.length > 1 ? details : [], field, backToLogin: false };
}

function describeKind(kind: ErrorKind, ctx: DescribeContext): UserFacingError {
  const simple = (key: string, backToLogin = false): UserFacingError => ({ kind, message: ctx.t(key), details: [], backToLogin });
  switch (kind) {
    case 'UNAUTHENTICATED':
      return ctx.operation === 'login' ? simple('auth.wrongCredentials') : simple('errors.unauthenticated', true);
    case 'FORBIDDEN':
      return simple('errors.forbidden');
    case 'CONFLICT':
      return simple('errors.conflict');
    case 'NOT_FOUND':
      return simple('errors.notFound');
    case 'NETWORK':
      return simple('errors.network');
    case 'SERVER':
      return simple('errors.server');
    default:
      return simple('errors.unknown');
  }
}

function networkKind(error: Error & { statusCode?: number }): ErrorKind {
  const status = error.statusCode;
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status !== undefined && status >= 500) return 'SERVER';
  return 'NETWORK'; // no status: the request never got an answer (offline, server down, proxy)
}

/** The single entry point: the most important problem first (session, then permission, then input). */
export function describeError(error: unknown, ctx: DescribeContext): UserFacingError {
  const like = (error ?? {}) as ErrorLike;
  const graphQLErrors = Array.isArray(error) ? (error as GraphQLErrorLike[]) : (like.graphQLErrors ?? []);

  if (graphQLErrors.length > 0) {
    const precedence: ErrorKind[] = ['UNAUTHENTICATED', 'FORBIDDEN', 'CONFLICT', 'BAD_USER_INPUT', 'NOT_FOUND', 'SERVER'];
    const kinds = graphQLErrors.map(kindOf);
    const kind = precedence.find((k) => kinds.includes(k)) ?? 'UNKNOWN';
    if (kind === 'BAD_USER_INPUT') return describeBadInput(graphQLErrors[kinds.indexOf(kind)], ctx);
    return describeKind(kind, ctx);
  }
  if (like.networkError) return describeKind(networkKind(like.networkError), ctx);
  if (error instanceof TypeError || /failed to fetch|network/i.test(like.message ?? '')) return describeKind('NETWORK', ctx);
  return describeKind('UNKNOWN', ctx);
}

/** Whether any GraphQL error in the list ends the session (used by the Apollo error link). */
export function isUnauthenticated(errors: readonly GraphQLErrorLike[] | undefined): boolean {
  return (errors ?? []).some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}
