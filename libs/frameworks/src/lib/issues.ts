import type { LocalizedText } from '@pathboard/scoring';

/** One problem found in a framework or values file. */
export interface FrameworkIssue {
  /** Where, as a property path into the file: `paths[1].indicators[3].rule.target`; `` for the root. */
  location: string;
  /** The code of the path the location is in, when known. */
  path?: string;
  /** The code of the indicator the location is in (or the values-file key), when known. */
  indicator?: string;
  /** Machine code, e.g. `PATH_WEIGHTS_SUM`, `TARGET_OUT_OF_RANGE`, `MISSING_FIELD`. */
  code: string;
  /** The problem with where it is: `ORG_MEETINGS（paths[0].indicators[0].rule.target）：…`, for a list. */
  message: LocalizedText;
  /** The problem alone, for a screen that shows it beside the field it is about. */
  problem: LocalizedText;
}

export type Segment = string | number;

/** `['paths', 1, 'rule']` → `paths[1].rule`. */
export function formatLocation(segments: readonly Segment[]): string {
  let location = '';
  for (const segment of segments) {
    if (typeof segment === 'number') location += `[${segment}]`;
    else location += location === '' ? segment : `.${segment}`;
  }
  return location;
}

/** JSON pointer (`/paths/1/rule`) → segments; numeric parts become indexes. */
export function pointerToSegments(pointer: string): Segment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Prefix messages with what the location is in, so a message read alone (in a toast, a log line)
 * still says which path or indicator is wrong.
 */
export function makeIssue(
  segments: readonly Segment[],
  owner: { path?: string; indicator?: string },
  code: string,
  message: LocalizedText,
): FrameworkIssue {
  const location = formatLocation(segments);
  const subject = owner.indicator ?? owner.path;
  const text = subject
    ? { zh: `${subject}（${location}）：${message.zh}`, en: `${subject} (${location}): ${message.en}` }
    : { zh: `${location || '文件'}：${message.zh}`, en: `${location || 'file'}: ${message.en}` };
  const issue: FrameworkIssue = {
    location,
    ...(owner.path !== undefined ? { path: owner.path } : {}),
    ...(owner.indicator !== undefined ? { indicator: owner.indicator } : {}),
    code,
    message: text,
    problem: message,
  };
  return issue;
}

/** Finds the path and indicator codes a location sits in, reading the (possibly invalid) input. */
export function ownerOf(input: unknown, segments: readonly Segment[]): { path?: string; indicator?: string } {
  const owner: { path?: string; indicator?: string } = {};
  if (segments[0] === 'paths' && typeof segments[1] === 'number') {
    const path = pick(input, ['paths', segments[1]]);
    const pathCode = pick(path, ['code']);
    if (typeof pathCode === 'string') owner.path = pathCode;
    if (segments[2] === 'indicators' && typeof segments[3] === 'number') {
      const indicatorCode = pick(path, ['indicators', segments[3], 'code']);
      if (typeof indicatorCode === 'string') owner.indicator = indicatorCode;
    }
  }
  if (segments[0] === 'values' && typeof segments[1] === 'string') owner.indicator = segments[1];
  return owner;
}

function pick(value: unknown, segments: readonly Segment[]): unknown {
  let current = value;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}
