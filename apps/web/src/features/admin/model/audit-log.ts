/** The audit log's pure parts: what changed between before and after, and the CSV export. */
import { shortId } from './audit-log-labels';

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
  /** The change worded whole (see `ChangeLabels.change`), instead of before → after. */
  text?: string;
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
  /** True for a field the summary leaves out (an id, a hash): the expanded row still has it. */
  hidden?(field: string): boolean;
  /** The whole change in words where its sides only make sense together (entered values). */
  change?(field: string, before: string, after: string): string | undefined;
}

/** `change` with its field and values as `labels` word them (and `text`, where they word it whole). */
export function labelChange(change: FieldChange, labels: ChangeLabels): FieldChange {
  const value = (v: string) => (v === '' ? v : (labels.value(change.field, v) ?? v));
  const text = labels.change?.(change.field, change.before, change.after);
  return {
    field: labels.field(change.field) ?? change.field,
    before: value(change.before),
    after: value(change.after),
    ...(text === undefined ? {} : { text }),
  };
}

/**
 * An event's changes as a reader reads them, one "field: before → after" a changed field: labelled
 * (`labels`), ids and hashes left out, a field the event only has after (an import's row count, a
 * refusal's attempted operation: a fact of the event, not a change) as its value alone, and so the
 * fields of an event with no after (a deleted file).
 */
export function changeLines(
  row: Pick<AuditRow, 'before' | 'after'>,
  formatTime: (iso: string) => string,
  labels: ChangeLabels,
  labelled: (label: string, text: string) => string,
): string[] {
  const before = asRecord(row.before);
  const after = asRecord(row.after);
  const onlyBefore = Object.keys(after).length === 0;
  return changedFields(row.before, row.after, formatTime)
    .filter((c) => !labels.hidden?.(c.field))
    .map((c) => {
      const l = labelChange(c, labels);
      const text =
        l.text ??
        (!(c.field in before)
          ? l.after || '—'
          : onlyBefore
            ? l.before || '—'
            : `${l.before || '—'} → ${l.after || '—'}`);
      return labelled(l.field, text);
    });
}

/** One CSV field: quoted when it holds a comma, quote or line break; a leading = + - @ is defused. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** How the export words each column of an event, as the screen does. */
export interface AuditWording {
  /** A time in the district's time zone. */
  time(iso: string): string;
  actor(row: AuditRow): string;
  kind(action: string): string;
  target(row: AuditRow): string;
  /** The changed fields, joined (see `changeLines`). */
  changes(row: AuditRow): string;
}

/**
 * The events as CSV (UTF-8 with BOM so that Excel opens Chinese correctly), one line per event,
 * every column as the screen words it (`wording`).
 */
export function auditCsv(
  rows: readonly AuditRow[],
  headers: [time: string, actor: string, kind: string, target: string, changes: string],
  wording: AuditWording,
): string {
  const lines = [headers.map(csvField).join(',')];
  for (const row of rows) {
    lines.push(
      [
        wording.time(row.createdAt),
        wording.actor(row),
        wording.kind(row.action),
        wording.target(row),
        wording.changes(row),
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * The event's object: its name (the API joins it), else a unit the page knows by name, the
 * attempted operation of a refusal, or the kind of object with a short id; never a bare uuid.
 */
export function targetLabel(
  row: Pick<AuditRow, 'targetType' | 'targetId' | 'targetName'>,
  unitNames: ReadonlyMap<string, string>,
  labelOf: (key: string, values?: Record<string, unknown>) => string | undefined,
): string {
  if (row.targetName) return row.targetName;
  const id = row.targetId ?? '';
  const [unitId, year] = id.split('/');
  const unit = unitNames.get(unitId);
  if (unit && row.targetType === 'OrgUnit') return unit;
  if (unit && year) return `${unit} ${year}`;
  if (row.targetType === 'Operation') {
    const attempt = labelOf(`admin.audit.attempts.${id}`);
    if (attempt) return attempt;
  }
  const type = labelOf(`admin.audit.targets.${row.targetType}`) ?? row.targetType;
  return id ? `${type} ${shortId(id)}` : type;
}
