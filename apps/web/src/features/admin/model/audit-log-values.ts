/**
 * Entered values in an audit event (`values: { <indicator code>: { self, evidence } }` on a save,
 * `{ reviewed, reason }` on a review, `{ self }` on an import) as a reader wants them: what changed.
 */

/** How the values summary is worded (translations, names and plain values). */
export interface ValuesWords {
  /** "修改 3 项（A 0.8 → 0.9，…）": `list` is the first changes already joined. */
  changed(count: number, list: string): string;
  /** "16 项指标（无修改）". */
  unchanged(count: number): string;
  /** "16 项指标（有修改）": the sides cannot be compared. */
  unknown(count: number): string;
  /** "佐证说明已修改": only the note of an indicator changed, not its value. */
  noteChanged: string;
  /** An indicator's name, or undefined to show its code. */
  indicator(code: string): string | undefined;
  /** One entered value (a number, yes/no, a checklist, a ratio) as a reader reads it. */
  value(value: unknown): string;
  /** Between two changes in the list. */
  separator: string;
}

/** How many changes the summary lists before "…" (the expanded row has them all). */
const LISTED = 3;

function parseRecord(text: string): Record<string, unknown> | null {
  if (text === '') return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

const asEntry = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : { self: v };

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The change of an event's `values` (JSON of both sides, '' for a missing side) in words: the
 * indicators whose entered value or note differ, before → after; undefined when `after` holds no
 * values (a side that is not values at all).
 */
export function valuesChange(before: string, after: string, words: ValuesWords): string | undefined {
  const a = parseRecord(after);
  if (!a || after === '') return undefined;
  const codes = Object.keys(a);
  const b = parseRecord(before);
  if (!b) return words.unknown(codes.length);
  const changes: string[] = [];
  for (const code of codes) {
    const now = asEntry(a[code]);
    const was = asEntry(b[code] ?? {});
    if (Object.keys(now).every((k) => same(now[k], was[k]))) continue;
    const main = 'reviewed' in now ? 'reviewed' : 'self';
    // A review changes the value that counted: the branch's own one where none was reviewed yet.
    const counted = main === 'reviewed' && (was['reviewed'] ?? null) === null ? was['self'] : was[main];
    const name = words.indicator(code) ?? code;
    changes.push(
      same(now[main], was[main])
        ? `${name} ${words.noteChanged}`
        : `${name} ${words.value(counted)} → ${words.value(now[main])}`,
    );
  }
  if (!changes.length) return words.unchanged(codes.length);
  const list = changes.slice(0, LISTED).join(words.separator);
  return words.changed(changes.length, changes.length > LISTED ? `${list}${words.separator}…` : list);
}
