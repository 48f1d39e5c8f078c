import type { Framework } from '@pathboard/scoring';
import { checkFrameworkFile, type FrameworkIssueRow } from './framework-file';

/** Rule parameters the editor offers as numbers (the rest of a rule is kept as it is). */
export const NUMERIC_PARAMS = [
  'maxPoints',
  'target',
  'required',
  'deduction',
  'points',
  'cap',
  'threshold',
  'step',
  'floor',
] as const;

/** A new version of `base`: same content, the next free version number, nothing shared with `base`. */
export function draftFrom(base: Framework, versions: readonly number[]): Framework {
  const draft = structuredClone(base) as Framework;
  draft.version = Math.max(base.version, ...versions) + 1;
  return draft;
}

/** Sets a value at a property path of a copy of the draft, e.g. `paths[1].indicators[0].rule.target`. */
export function setAt(draft: Framework, location: string, value: unknown): Framework {
  const next = structuredClone(draft) as unknown as Record<string, unknown>;
  const keys = location.replace(/\[(\d+)\]/g, '.$1').split('.');
  let node = next as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
  return next as unknown as Framework;
}

/** The validator's problems of the draft, keyed by the property path they are about. */
export function draftIssues(draft: Framework): Map<string, FrameworkIssueRow[]> {
  const check = checkFrameworkFile(JSON.stringify(draft));
  return check.ok ? new Map() : byLocation(check.issues);
}

/** Issues grouped by the property path they are about ('' for the whole framework). */
export function byLocation(issues: readonly FrameworkIssueRow[]): Map<string, FrameworkIssueRow[]> {
  const grouped = new Map<string, FrameworkIssueRow[]>();
  for (const issue of issues) grouped.set(issue.location, [...(grouped.get(issue.location) ?? []), issue]);
  return grouped;
}
