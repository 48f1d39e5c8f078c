/** The audit log's pure parts: what changed between before and after, and the CSV export. */

export interface AuditRow {
  createdAt: string;
  action: string;
  targetType: string;
  targetName?: string | null;
  targetId?: string | null;
  actorName?: string | null;
  before?: unknown;
  after?: unknown;
}

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** An instant as the API writes it (ISO 8601 with a zone): shown in the district's time zone. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function show(value: unknown, formatInstant?: (iso: string) => string): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return formatInstant && INSTANT.test(value) ? formatInstant(value) : value;
  return JSON.stringify(value);
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** `value` with every time in it (at any depth) as `formatInstant` shows it: the expanded row's JSON. */
export function withShownTimes(value: unknown, formatInstant: (iso: string) => string): unknown {
  if (typeof value === 'string') return INSTANT.test(value) ? formatInstant(value) : value;
  if (Array.isArray(value)) return value.map((v) => withShownTimes(v, formatInstant));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withShownTimes(v, formatInstant)]));
  return value;
}

/**
 * Bookkeeping a change carries for the system, not for its reader: a unit's materialised path
 * (its parents' ids, which 上级组织 already says) and the optimistic-lock version. The expanded
 * row's JSON still holds them.
 */
const BOOKKEEPING_FIELDS: ReadonlySet<string> = new Set(['path', 'version']);

/**
 * Fields whose value differs between before and after (a field only on one side counts), in order,
 * bookkeeping left out; with `formatInstant`, a time is shown as it (the district's time zone),
 * never as stored (UTC).
 */
export function changedFields(
  before: unknown,
  after: unknown,
  formatInstant?: (iso: string) => string,
): FieldChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (f) => !BOOKKEEPING_FIELDS.has(f),
  );
  return fields
    .filter((f) => show(b[f]) !== show(a[f]))
    .map((field) => ({
      field,
      before: show(b[field], formatInstant),
      after: show(a[field], formatInstant),
    }));
}

/** How a change reads to an office user: field and values by their labels (see `changeLabeller`). */
export interface ChangeLabels {
  /** The field's label, or undefined to show the field as it is. */
  field(field: string): string | undefined;
  /** A value's label in `field` (a status, a role, yes/no), or undefined to show it as it is. */
  value(field: string, value: string): string | undefined;
}

/** `change` with its field and values as `labels` word them. */
export function labelChange(change: FieldChange, labels: ChangeLabels): FieldChange {
  const value = (v: string) => (v === '' ? v : (labels.value(change.field, v) ?? v));
  return {
    field: labels.field(change.field) ?? change.field,
    before: value(change.before),
    after: value(change.after),
  };
}

/** One CSV field: quoted when it holds a comma, quote or line break; a leading = + - @ is defused. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The events as CSV (UTF-8 with BOM so that Excel opens Chinese correctly), one line per event, the
 * time as the screen shows it (`formatTime`, district time zone) and the changed fields spelled out.
 */
export function auditCsv(
  rows: readonly AuditRow[],
  headers: [time: string, actor: string, kind: string, target: string, changes: string],
  formatTime: (iso: string) => string,
  kindName: (action: string) => string,
  systemName: string,
  labels?: ChangeLabels,
): string {
  const lines = [headers.map(csvField).join(',')];
  for (const row of rows) {
    const changes = changedFields(row.before, row.after, formatTime)
      .map((c) => (labels ? labelChange(c, labels) : c))
      .map((c) => `${c.field}: ${c.before} → ${c.after}`)
      .join('; ');
    lines.push(
      [
        formatTime(row.createdAt),
        row.actorName ?? systemName,
        kindName(row.action),
        row.targetName ?? `${row.targetType} ${row.targetId ?? ''}`.trim(),
        changes,
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A change's entered values (`{ code: … }` as JSON) as "N items"; undefined for anything else. */
export function valuesSummary(value: string, words: (count: number) => string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(value);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
    return words(Object.keys(parsed).length);
  } catch {
    return undefined;
  }
}

/** A translation by key, or undefined where the key has none. */
export type LabelOf = (key: string, values?: Record<string, unknown>) => string | undefined;

/**
 * Fields and values as the rest of the app words them: statuses, roles, unit kinds, yes/no, an
 * event's reason code, units by name (a move's old and new parent, a user's scope) instead of
 * their ids, and entered values as a count (the expanded row has them in full).
 */
export function changeLabeller(labelOf: LabelOf, unitNames: ReadonlyMap<string, string>): ChangeLabels {
  return {
    field: (field) => labelOf(`admin.audit.fields.${field}`),
    value: (field, value) => {
      if (field === 'status')
        return labelOf(`assessment.status.${value}`) ?? labelOf(`rectification.status.${value}`);
      if (field === 'role') return labelOf(`roles.${value}`);
      if (field === 'parentId' || field === 'scopeUnitId') return unitNames.get(value);
      if (field === 'kind') return labelOf(`overview.kinds.${value}`);
      if (field === 'reason') return labelOf(`admin.audit.reasons.${value}`);
      if (field === 'values')
        return valuesSummary(value, (count) => labelOf('admin.audit.valuesCount', { count }) ?? '');
      const list = wordList(value);
      if (list) return list.join(labelOf('assessment.listSeparator') ?? ', ');
      if (value === 'true' || value === 'false')
        return labelOf(`admin.audit.${value === 'true' ? 'yes' : 'no'}`);
      return undefined;
    },
  };
}

/** A JSON list of words or numbers (a seeding's quarters, a return's indicators) as its items. */
function wordList(value: string): string[] | null {
  if (!value.startsWith('[')) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) && parsed.every((v) => typeof v === 'string' || typeof v === 'number')
      ? parsed.map(String)
      : null;
  } catch {
    return null;
  }
}
