import { validateFramework } from '@pathboard/frameworks';

/** One problem of a framework file, as the issues table shows it. */
export interface FrameworkIssueRow {
  key: string;
  /** Property path into the file, e.g. `paths[1].indicators[3].rule.target`; '' for the file itself. */
  location: string;
  path: string | null;
  indicator: string | null;
  code: string;
  /** The problem with where it is, for a list (the file check's table). */
  message: { zh: string; en: string };
  /** The problem alone, beside the field it is about (the editor); absent, the message says it all. */
  problem?: { zh: string; en: string };
}

export interface FrameworkSummary {
  code: string;
  version: number;
  name: { zh: string; en: string };
  paths: number;
  indicators: number;
}

export type FrameworkFileCheck =
  { ok: true; definition: unknown; summary: FrameworkSummary } | { ok: false; issues: FrameworkIssueRow[] };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function toRow(raw: unknown, index: number): FrameworkIssueRow | null {
  if (!isObject(raw)) return null;
  const str = (k: string) => (typeof raw[k] === 'string' ? (raw[k] as string) : null);
  const localized = (value: unknown) =>
    isObject(value)
      ? { zh: String(value['zh'] ?? value['en'] ?? ''), en: String(value['en'] ?? value['zh'] ?? '') }
      : { zh: String(value ?? ''), en: String(value ?? '') };
  const text = localized(raw['message']);
  return {
    key: `${index}`,
    location: str('location') ?? '',
    path: str('path'),
    indicator: str('indicator'),
    code: str('code') ?? 'INVALID',
    message: text,
    ...(isObject(raw['problem']) ? { problem: localized(raw['problem']) } : {}),
  };
}

export function issueRows(issues: readonly unknown[]): FrameworkIssueRow[] {
  return issues.map(toRow).filter((r): r is FrameworkIssueRow => r !== null);
}

/**
 * Reads an uploaded framework file in the browser with the very validation the API runs
 * (@pathboard/frameworks), so an author sees every problem at once, located, before anything is sent.
 */
export function checkFrameworkFile(text: string): FrameworkFileCheck {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, '')); // files saved by Windows editors start with a BOM
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const at = jsonErrorPlace(text, reason);
    return {
      ok: false,
      issues: [
        {
          key: 'json',
          location: '',
          path: null,
          indicator: null,
          code: 'INVALID_JSON',
          // The parser's own words are English: the Chinese names the place and the usual causes.
          message: {
            zh: at
              ? `文件不是有效的 JSON：第 ${at.line} 行第 ${at.column} 列附近有格式错误（常见原因：缺少逗号、引号或括号）。`
              : '文件不是有效的 JSON：有格式错误（常见原因：缺少逗号、引号或括号）。',
            en: `The file is not valid JSON: ${reason}`,
          },
        },
      ],
    };
  }
  const result = validateFramework(parsed);
  if (!result.ok) return { ok: false, issues: [...issueRows(result.errors), ...omittedRow(result.omitted)] };
  const { framework } = result;
  return {
    ok: true,
    definition: parsed,
    summary: {
      code: framework.code,
      version: framework.version,
      name: framework.name,
      paths: framework.paths.length,
      indicators: framework.paths.reduce((n, p) => n + p.indicators.length, 0),
    },
  };
}

/** The located issues of an importFramework refusal (BAD_USER_INPUT, extensions.issues), if any. */
export function issuesFromImportError(error: unknown): FrameworkIssueRow[] {
  const graphQLErrors =
    (error as { graphQLErrors?: readonly { extensions?: Json }[] } | null)?.graphQLErrors ?? [];
  for (const e of graphQLErrors) {
    const issues = e.extensions?.['issues'];
    if (Array.isArray(issues))
      return [...issueRows(issues), ...omittedRow(Number(e.extensions?.['omittedIssues'] ?? 0))];
  }
  return [];
}

/** Only the first issues are listed (MAX_REPORTED_ISSUES); one last row says how many more there were. */
function omittedRow(omitted: number): FrameworkIssueRow[] {
  if (!(omitted > 0)) return [];
  return [
    {
      key: 'omitted',
      location: '',
      path: null,
      indicator: null,
      code: 'MORE_ISSUES',
      message: {
        zh: `另有 ${omitted} 个问题未列出，请先修正以上问题`,
        en: `${omitted} more problem(s) not listed; fix the ones above first`,
      },
    },
  ];
}

/**
 * Where JSON.parse stopped, as a line and column from 1: from the message's "(line 4 column 3)"
 * where the engine gives one, else from its "position 50" counted in `text`.
 */
export function jsonErrorPlace(text: string, message: string): { line: number; column: number } | null {
  const stated = /line (\d+) column (\d+)/.exec(message);
  if (stated) return { line: Number(stated[1]), column: Number(stated[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return null;
  const before = text
    .replace(/^\uFEFF/, '')
    .slice(0, Number(position[1]))
    .split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}
