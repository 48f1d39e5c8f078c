import { defaultRule, ruleModule, type Framework, type RuleType } from '@pathboard/scoring';
import { checkFields } from './framework-checks';
import { checkFrameworkFile, type FrameworkIssueRow } from './framework-file';

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

/**
 * Sets one rule parameter of indicator `i` of path `p`. A cleared optional parameter (a ratio's
 * target) is removed, so the rule's default applies; a cleared required one stays empty for the
 * validator to name.
 */
export function setRuleParam(
  draft: Framework,
  p: number,
  i: number,
  key: string,
  value: number | null,
): Framework {
  const at = `paths[${p}].indicators[${i}].rule`;
  if (value !== null) return setAt(draft, `${at}.${key}`, value);
  const next = structuredClone(draft) as Framework;
  const rule = next.paths[p].indicators[i].rule as unknown as Record<string, unknown>;
  if (ruleModule(next.paths[p].indicators[i].rule.type).params.required.includes(key)) rule[key] = null;
  else delete rule[key];
  return next;
}

/** A code for a new indicator of the path, not yet used anywhere in the framework. */
export function newIndicatorCode(draft: Framework, p: number): string {
  const used = new Set(draft.paths.flatMap((path) => path.indicators.map((i) => i.code)));
  let n = 1;
  while (used.has(`${draft.paths[p].code}_NEW_${n}`)) n++;
  return `${draft.paths[p].code}_NEW_${n}`;
}

/** Appends to path `p` an indicator with the rule registry's default parameters for `type`. */
export function addIndicator(
  draft: Framework,
  p: number,
  type: RuleType,
  name: { zh: string; en: string },
): Framework {
  const next = structuredClone(draft) as Framework;
  next.paths[p].indicators.push({ code: newIndicatorCode(draft, p), name, rule: defaultRule(type) });
  return next;
}

/** The draft without indicator `i` of path `p`. */
export function removeIndicator(draft: Framework, p: number, i: number): Framework {
  const next = structuredClone(draft) as Framework;
  next.paths[p].indicators.splice(i, 1);
  return next;
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

/** True when `location` is `prefix` or inside it (`prefix.x`, `prefix[0]`). */
export function isUnder(location: string, prefix: string): boolean {
  return location === prefix || location.startsWith(`${prefix}.`) || location.startsWith(`${prefix}[`);
}

/**
 * The locations the editor shows an input for: the name, each path's name and weight, each
 * indicator's name, a new indicator's code and each rule's numeric parameters (`numericParams`).
 * The validator's messages about these stand beside the input; the others under their indicator,
 * their path or the whole draft (placeIssues).
 */
export function editorFields(
  draft: Framework,
  isNew: (code: string) => boolean,
  numericParams: (rule: Framework['paths'][number]['indicators'][number]['rule']) => string[],
): Set<string> {
  const fields = new Set(['name.zh']);
  draft.paths.forEach((path, p) => {
    fields.add(`paths[${p}].name.zh`).add(`paths[${p}].weight`);
    path.indicators.forEach((indicator, i) => {
      const at = `paths[${p}].indicators[${i}]`;
      fields.add(`${at}.name.zh`);
      if (isNew(indicator.code)) fields.add(`${at}.code`);
      for (const key of numericParams(indicator.rule)) fields.add(`${at}.rule.${key}`);
    });
  });
  for (const location of checkFields(draft)) fields.add(location);
  return fields;
}

/** The messages at or below `prefix` that no input shows, leaving out those below `except`. */
export function leftoverUnder(
  issues: Map<string, FrameworkIssueRow[]>,
  fields: ReadonlySet<string>,
  prefix: string,
  except?: string,
): FrameworkIssueRow[] {
  return [...issues.entries()]
    .filter(([loc]) => !fields.has(loc) && isUnder(loc, prefix) && !(except && loc.startsWith(except)))
    .flatMap(([, rows]) => rows);
}
