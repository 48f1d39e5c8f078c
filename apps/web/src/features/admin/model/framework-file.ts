import { validateFramework } from '@pathboard/frameworks';

/** One problem of a framework file, as the issues table shows it. */
export interface FrameworkIssueRow {
  key: string;
  /** Property path into the file, e.g. `paths[1].indicators[3].rule.target`; '' for the file itself. */
  location: string;
  path: string | null;
  indicator: string | null;
  code: string;
  message: { zh: string; en: string };
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
  const message = raw['message'];
  const text = isObject(message)
    ? { zh: String(message['zh'] ?? message['en'] ?? ''), en: String(message['en'] ?? message['zh'] ?? '') }
    : { zh: String(message ?? ''), en: String(message ?? '') };
  return {
    key: `${index}`,
    location: str('location') ?? '',
    path: str('path'),
    indicator: str('indicator'),
    code: str('code') ?? 'INVALID',
    message: text,
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
    return {
      ok: false,
      issues: [
        {
          key: 'json',
          location: '',
          path: null,
          indicator: null,
          code: 'INVALID_JSON',
          message: { zh: `文件不是有效的 JSON:${reason}`, en: `The file is not valid JSON: ${reason}` },
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
