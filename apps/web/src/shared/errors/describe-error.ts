/**
 * Turns whatever a GraphQL call failed with into words an office worker can act on.
 * Pure: it takes the translator and, optionally, a lookup of indicator names, so it is tested
 * without React or a network, and the Apollo error link and the screens share it.
 */

import { describeLoginRefusal } from './login-refusal';
import { fieldReason } from './validator-text';

export type ErrorKind =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'TOO_MANY_REQUESTS'
  | 'NETWORK'
  | 'SERVER'
  | 'UNKNOWN';

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
  /**
   * On the login form an UNAUTHENTICATED answer means wrong credentials or a lockout (its
   * extensions.reason), not an expired session.
   */
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
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
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

/** The API's ValidationPipe lists every bad DTO field in extensions.problems. */
function validationProblems(extensions: Record<string, unknown>): { field: string; message: string }[] {
  const problems = extensions.problems;
  if (!Array.isArray(problems)) return [];
  return problems.filter(
    (p): p is { field: string; message: string } =>
      typeof p?.field === 'string' && typeof p?.message === 'string',
  );
}

/** The engine's issue messages already start by naming the indicator ("指标 X（名称）：…"). */
function namesIndicatorAlready(text: string): boolean {
  return /^(指标 |Indicator )/.test(text);
}

/** "指标 ANNUAL_X（年度表彰）：…" as a user reads it: "年度表彰：…" (the code is for engineers). */
function byIndicatorName(text: string): string {
  return text.replace(
    /^(?:指标|Indicator) [A-Za-z0-9_]+\s?[(（]([^)）]+)[)）]\s?([:：])\s*/,
    (_, name, colon) => (colon === ':' ? `${name}: ` : `${name}：`),
  );
}

function kindOf(error: GraphQLErrorLike): ErrorKind {
  const code = error.extensions?.code;
  return typeof code === 'string' ? (CODE_TO_KIND[code] ?? 'UNKNOWN') : 'UNKNOWN';
}

function describeBadInput(error: GraphQLErrorLike, ctx: DescribeContext): UserFacingError {
  const extensions = error.extensions ?? {};
  const nameOf = (code: string) => ctx.indicatorName?.(code) ?? code;
  const fieldLine = (field: string, reason: string) => ctx.t('errors.badInputField', { field, reason });
  const result = (message: string, details: string[], field?: string): UserFacingError => ({
    kind: 'BAD_USER_INPUT',
    message,
    details,
    field,
    backToLogin: false,
  });

  if (extensions.reason === 'PERIOD_CLOSED') return result(ctx.t('errors.periodClosed'), []);
  const localized = issueText(extensions.message as IssueLike['message'], ctx.lang);
  if (typeof extensions.message === 'object' && localized) return result(localized, []);

  const issues = asIssues(extensions.issues);
  const issueLines = issues.map((issue) => {
    const reason = issueText(issue.message, ctx.lang) ?? issue.code ?? error.message;
    if (namesIndicatorAlready(reason)) return byIndicatorName(reason);
    if (!issue.indicator || issue.indicator === 'values') return reason;
    return fieldLine(nameOf(issue.indicator), reason);
  });
  const problemLines = validationProblems(extensions).map((p) =>
    fieldLine(p.field, fieldReason(p.message, ctx.lang)),
  );
  const details = [...issueLines, ...problemLines];

  const indicator =
    issues.find((i) => i.indicator && i.indicator !== 'values')?.indicator ??
    (typeof extensions.indicator === 'string' ? extensions.indicator : undefined);
  const field = indicator ?? (typeof extensions.field === 'string' ? extensions.field : undefined);

  // A refusal the server wrote in both languages (extensions.messageZh beside its English message)
  // is a whole sentence: shown as it is, never as "“evidence” is invalid: …" around English.
  const messageZh = typeof extensions.messageZh === 'string' ? extensions.messageZh : undefined;
  if (messageZh && details.length === 0)
    return result(ctx.lang === 'zh' ? messageZh : error.message, [], field);
  if (details.length === 1) return result(details[0], [], field);
  if (details.length > 1) return result(ctx.t('errors.badInput'), details, field);
  // class-validator's English ("branchId must be a UUID") is worded for the reader: 编号格式不正确.
  const reason = fieldReason(error.message, ctx.lang);
  if (indicator) return result(fieldLine(nameOf(indicator), reason), [], field);
  if (field) return result(fieldLine(field, reason), [], field);
  return result(ctx.t('errors.badInput'), [], field);
}

function describeKind(kind: ErrorKind, ctx: DescribeContext): UserFacingError {
  const simple = (key: string, backToLogin = false): UserFacingError => ({
    kind,
    message: ctx.t(key),
    details: [],
    backToLogin,
  });
  switch (kind) {
    case 'UNAUTHENTICATED':
      return ctx.operation === 'login'
        ? simple('auth.wrongCredentials')
        : simple('errors.unauthenticated', true);
    case 'FORBIDDEN':
      return simple('errors.forbidden');
    case 'CONFLICT':
      return simple('errors.conflict');
    case 'NOT_FOUND':
      return simple('errors.notFound');
    case 'TOO_MANY_REQUESTS':
      return simple('errors.tooManyRequests');
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
  if (status === 429) return 'TOO_MANY_REQUESTS';
  if (status !== undefined && status >= 500) return 'SERVER';
  return 'NETWORK'; // no status: the request never got an answer (offline, server down, proxy)
}

/** The single entry point: the most important problem first (session, then permission, then input). */
export function describeError(error: unknown, ctx: DescribeContext): UserFacingError {
  const like = (error ?? {}) as ErrorLike;
  const graphQLErrors = Array.isArray(error) ? (error as GraphQLErrorLike[]) : (like.graphQLErrors ?? []);

  if (graphQLErrors.length > 0) {
    const precedence: ErrorKind[] = [
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'CONFLICT',
      'BAD_USER_INPUT',
      'NOT_FOUND',
      'TOO_MANY_REQUESTS',
      'SERVER',
    ];
    const kinds = graphQLErrors.map(kindOf);
    const kind = precedence.find((k) => kinds.includes(k)) ?? 'UNKNOWN';
    if (kind === 'BAD_USER_INPUT') return describeBadInput(graphQLErrors[kinds.indexOf(kind)], ctx);
    if (kind === 'UNAUTHENTICATED' && ctx.operation === 'login')
      return describeLoginRefusal(graphQLErrors[kinds.indexOf(kind)], ctx);
    return describeKind(kind, ctx);
  }
  if (like.networkError) return describeKind(networkKind(like.networkError), ctx);
  if (error instanceof TypeError || /failed to fetch|network/i.test(like.message ?? ''))
    return describeKind('NETWORK', ctx);
  return describeKind('UNKNOWN', ctx);
}

/** Whether any GraphQL error in the list ends the session (used by the Apollo error link). */
export function isUnauthenticated(errors: readonly GraphQLErrorLike[] | undefined): boolean {
  return (errors ?? []).some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}
