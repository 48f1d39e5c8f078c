/**
 * How an audit event's fields read to an office user: labels for every field an event holds, values
 * as the rest of the app words them, names instead of ids. The expanded row keeps the raw JSON.
 */
import type { ChangeLabels } from './audit-log';
import { valuesChange } from './audit-log-values';

/** A translation by key, or undefined where the key has none. */
export type LabelOf = (key: string, values?: Record<string, unknown>) => string | undefined;

/** What the page knows besides the event: names by id and formatters in the user's language. */
export interface AuditNames {
  /** Units by id (the admin's org tree). */
  units: ReadonlyMap<string, string>;
  /** Framework name with version, by id and by `CODE@version`. */
  frameworks?: ReadonlyMap<string, string>;
  /** Indicator names by code. */
  indicators?: ReadonlyMap<string, string>;
  /** A file size: 12.1 KB. */
  bytes?: (bytes: number) => string;
  /** A quarter's code as a reader reads it: 2026年第三季度. */
  period?: (code: string) => string;
}

/**
 * Fields that hold ids or hashes a reader cannot use (the target column and the other fields say
 * what they point at); the expanded row's JSON still has them.
 */
const HIDDEN: ReadonlySet<string> = new Set([
  'id',
  'sha256',
  'mimeType',
  'assessmentId',
  'districtId',
  'createdFromDistrictId',
  'rectificationItemId',
  'import',
]);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id where nothing better exists: its first eight characters. */
export const shortId = (id: string) => (UUID.test(id) ? `${id.slice(0, 8)}…` : id);

function parse(value: string): unknown {
  if (!/^[[{]/.test(value)) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

/** Import counts in this order; other keys follow as they come. */
const COUNT_ORDER = ['updated', 'imported', 'unchanged'];

/**
 * Fields and values as the rest of the app words them: statuses, roles, unit and file kinds, yes/no,
 * an event's reason code, the attempted operation of a refusal, units and frameworks by name, sizes,
 * quarters, import counts and entered values by what changed; an unknown object as "key: value".
 */
export function changeLabeller(labelOf: LabelOf, names: AuditNames): ChangeLabels {
  const separator = labelOf('assessment.listSeparator') ?? ', ';
  const yesNo = (v: boolean) => labelOf(`admin.audit.${v ? 'yes' : 'no'}`) ?? String(v);
  const count = (key: string, n: number) => labelOf(`admin.audit.${key}`, { count: n }) ?? String(n);
  const unit = (id: string) => names.units.get(id) ?? shortId(id);
  const units = (ids: string[]) =>
    ids.length > 3
      ? (labelOf('admin.audit.andMore', {
          list: ids.slice(0, 3).map(unit).join(separator),
          count: ids.length,
        }) ?? ids.map(unit).join(separator))
      : ids.map(unit).join(separator);
  const framework = (key: string) => {
    const known = names.frameworks?.get(key);
    if (known) return known;
    const [code, version] = key.split('@');
    return version ? (labelOf('admin.audit.frameworkVersion', { name: code, version }) ?? key) : shortId(key);
  };
  const fieldName = (f: string) => labelOf(`admin.audit.fields.${f}`) ?? f;

  /** Any value, at any depth, without JSON: an object as "key: value" pairs, a list by its items. */
  const plain = (v: unknown): string => {
    if (v === null || v === undefined) return '—';
    if (typeof v === 'boolean') return yesNo(v);
    if (typeof v === 'string') return UUID.test(v) ? shortId(v) : v;
    if (typeof v !== 'object') return String(v);
    if (Array.isArray(v))
      return v.some((x) => x && typeof x === 'object')
        ? count('itemsCount', v.length)
        : v.map(plain).join(separator);
    const r = v as Record<string, unknown>;
    if (typeof r['numerator'] === 'number' && typeof r['denominator'] === 'number')
      return `${r['numerator']}/${r['denominator']}`;
    return Object.entries(r)
      .map(
        ([k, x]) =>
          labelOf('header.labelled', { label: fieldName(k), text: plain(x) }) ?? `${k}: ${plain(x)}`,
      )
      .join(labelOf('admin.audit.pairSeparator') ?? ', ');
  };

  const valuesWords = {
    changed: (n: number, list: string) => labelOf('admin.audit.valuesChanged', { count: n, list }) ?? list,
    unchanged: (n: number) => count('valuesUnchanged', n),
    unknown: (n: number) => count('valuesMaybeChanged', n),
    noteChanged: labelOf('admin.audit.valuesNoteChanged') ?? 'note',
    indicator: (code: string) => names.indicators?.get(code),
    value: plain,
    separator: labelOf('admin.audit.pairSeparator') ?? ', ',
  };

  const byField = (field: string, value: string, parsed: unknown): string | undefined => {
    const n = Number(value);
    switch (field) {
      case 'status':
        return labelOf(`assessment.status.${value}`) ?? labelOf(`rectification.status.${value}`);
      case 'role':
        return labelOf(`roles.${value}`);
      case 'parentId':
      case 'scopeUnitId':
      case 'unitId':
        return unit(value);
      case 'branchIds':
        return Array.isArray(parsed) ? units(parsed.map(String)) : undefined;
      case 'kind':
        return labelOf(`overview.kinds.${value}`) ?? labelOf(`evidence.kind.${value}`);
      case 'reason':
        return labelOf(`admin.audit.reasons.${value}`);
      case 'attemptedAction':
        return labelOf(`admin.audit.attempts.${value}`);
      case 'framework':
      case 'frameworkId':
        return framework(value);
      case 'period':
      case 'reopened':
        return names.period?.(value);
      case 'importId':
        return shortId(value);
      case 'indicatorCode':
        return names.indicators?.get(value);
      case 'bytes':
      case 'sizeBytes':
        return Number.isFinite(n) && names.bytes ? names.bytes(n) : undefined;
      case 'files':
        if (Number.isFinite(n)) return count('filesCount', n);
        if (!Array.isArray(parsed)) return undefined;
        return parsed.every((f) => isRecord(f) && typeof f['name'] === 'string')
          ? parsed.map((f) => (f as { name: string }).name).join(separator)
          : count('filesCount', parsed.length);
      case 'assessments':
        if (Number.isFinite(n)) return count('assessmentsCount', n);
        return Array.isArray(parsed) ? count('assessmentsCount', parsed.length) : undefined;
      case 'counts':
        return isRecord(parsed)
          ? Object.entries(parsed)
              .sort(([a], [b]) => rank(a) - rank(b))
              .map(([k, c]) => labelOf(`admin.audit.counts.${k}`, { count: c }) ?? `${k}: ${plain(c)}`)
              .join(separator)
          : undefined;
      case 'refusal':
        return isRecord(parsed)
          ? (labelOf(`admin.audit.reasons.${String(parsed['reason'])}`) ??
              (typeof parsed['message'] === 'string' ? parsed['message'] : undefined))
          : undefined;
      case 'values':
        return isRecord(parsed) ? count('valuesCount', Object.keys(parsed).length) : undefined;
      default:
        return undefined;
    }
  };

  return {
    field: (field) => labelOf(`admin.audit.fields.${field}`),
    hidden: (field) => HIDDEN.has(field),
    value: (field, value) => {
      const parsed = parse(value);
      const known = byField(field, value, parsed);
      if (known !== undefined) return known;
      if (parsed !== undefined) return plain(parsed);
      if (value === 'true' || value === 'false') return yesNo(value === 'true');
      return UUID.test(value) ? shortId(value) : undefined;
    },
    change: (field, before, after) =>
      field === 'values' ? valuesChange(before, after, valuesWords) : undefined,
  };
}

const rank = (key: string) => {
  const i = COUNT_ORDER.indexOf(key);
  return i < 0 ? COUNT_ORDER.length : i;
};
