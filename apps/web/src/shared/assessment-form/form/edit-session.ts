import type { Framework, IndicatorInput, Sector } from '@pathboard/scoring';
import type { FieldSpec } from './field-spec';
import { applicableFields, type FormValue, toFormValue, toIndicatorInput } from './form-values';

/**
 * What a person edits per indicator: the value and the evidence note (佐证材料说明). Evidence is
 * '' when there is none, so "nothing typed" and "cleared" compare equal.
 */
export interface Entry {
  value: FormValue;
  evidence: string;
}

/** indicator code → entry, for the indicators that apply to the branch. */
export type Entries = Record<string, Entry>;

/** A stored value as the API returns it (selfValue, or reviewedValue ?? selfValue on review). */
export interface StoredEntry {
  indicatorCode: string;
  value: unknown;
  evidence?: string | null;
}

/** The fields of the form, in framework order; indicators that do not apply are left out. */
export function fieldSpecs(framework: Framework, sector?: Sector): FieldSpec[] {
  return applicableFields(framework, sector).flatMap((p) => p.fields);
}

export function entriesFromStored(specs: FieldSpec[], stored: readonly StoredEntry[]): Entries {
  const byCode = new Map(stored.map((s) => [s.indicatorCode, s]));
  return Object.fromEntries(
    specs.map((spec) => {
      const row = byCode.get(spec.code);
      return [
        spec.code,
        { value: toFormValue(spec, (row?.value ?? null) as IndicatorInput), evidence: row?.evidence ?? '' },
      ];
    }),
  );
}

/** JSON with sorted object keys, so {numerator, denominator} compares equal in any key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Two form values mean the same input (a half-filled fraction is as unanswered as an empty one). */
export function sameValue(spec: FieldSpec, a: FormValue, b: FormValue): boolean {
  return canonical(toIndicatorInput(spec, a)) === canonical(toIndicatorInput(spec, b));
}

export function sameEvidence(a: string, b: string): boolean {
  return a.trim() === b.trim();
}

const EMPTY: Entry = { value: null, evidence: '' };
const entryOf = (entries: Entries, code: string): Entry => entries[code] ?? EMPTY;

export type EntryPart = 'value' | 'evidence';

/** Which parts of which indicators differ between the stored version and the form. */
export function changedParts(
  specs: FieldSpec[],
  base: Entries,
  current: Entries,
): Record<string, EntryPart[]> {
  const changed: Record<string, EntryPart[]> = {};
  for (const spec of specs) {
    const before = entryOf(base, spec.code);
    const now = entryOf(current, spec.code);
    const parts: EntryPart[] = [];
    if (!sameValue(spec, before.value, now.value)) parts.push('value');
    if (!sameEvidence(before.evidence, now.evidence)) parts.push('evidence');
    if (parts.length) changed[spec.code] = parts;
  }
  return changed;
}

/** A save of self values: only what changed, so a save never overwrites a field nobody touched. */
export interface SaveValueInput {
  indicatorCode: string;
  value?: IndicatorInput;
  evidence?: string | null;
}

/**
 * The saveIndicatorValues payload. The API keeps what is stored for an omitted value or evidence
 * (null clears), so each changed part is sent alone: an untouched half can never undo someone
 * else's change.
 */
export function savePayload(specs: FieldSpec[], base: Entries, current: Entries): SaveValueInput[] {
  const changed = changedParts(specs, base, current);
  return specs
    .filter((spec) => changed[spec.code])
    .map((spec) => {
      const now = entryOf(current, spec.code);
      const input: SaveValueInput = { indicatorCode: spec.code };
      if (changed[spec.code].includes('value')) input.value = toIndicatorInput(spec, now.value);
      if (changed[spec.code].includes('evidence')) input.evidence = now.evidence.trim() || null;
      return input;
    });
}

/** An indicator changed both on the server and here, to different things. */
export interface ContestedChange {
  code: string;
  /** Which parts disagree. */
  parts: EntryPart[];
  /** The server's entry now. */
  theirs: Entry;
  /** What the form keeps (the person's own typing, plus any server part they did not touch). */
  yours: Entry;
}

export interface ConflictMerge {
  /** The form after the merge: every local edit kept, every untouched server change taken. */
  entries: Entries;
  /** Changed on the server only: the form now shows the server's entry. */
  takenFromServer: string[];
  /** Changed on both sides differently: the form keeps yours; the person may take theirs. */
  contested: ContestedChange[];
}

/**
 * After a CONFLICT (someone saved since this form was loaded): a three-way merge per part of
 * each indicator between what the form was loaded from (`base`), the server now (`theirs`) and
 * the form (`yours`). Nothing typed is lost; a part only the server changed is taken from it.
 */
export function mergeAfterConflict(
  specs: FieldSpec[],
  base: Entries,
  theirs: Entries,
  yours: Entries,
): ConflictMerge {
  const entries: Entries = {};
  const takenFromServer: string[] = [];
  const contested: ContestedChange[] = [];
  for (const spec of specs) {
    const b = entryOf(base, spec.code);
    const t = entryOf(theirs, spec.code);
    const y = entryOf(yours, spec.code);
    const pick = <K extends EntryPart>(part: K, same: (p: Entry[K], q: Entry[K]) => boolean) => {
      const serverChanged = !same(b[part], t[part]);
      const localChanged = !same(b[part], y[part]);
      if (serverChanged && !localChanged) return { value: t[part], from: 'server' as const };
      if (serverChanged && localChanged && !same(t[part], y[part]))
        return { value: y[part], from: 'contested' as const };
      return { value: y[part], from: 'local' as const };
    };
    const value = pick('value', (p, q) => sameValue(spec, p, q));
    const evidence = pick('evidence', sameEvidence);
    const merged: Entry = { value: value.value, evidence: evidence.value };
    entries[spec.code] = merged;
    const parts = (['value', 'evidence'] as const).filter(
      (part) => (part === 'value' ? value : evidence).from === 'contested',
    );
    if (parts.length) contested.push({ code: spec.code, parts: [...parts], theirs: t, yours: merged });
    else if (value.from === 'server' || evidence.from === 'server') takenFromServer.push(spec.code);
  }
  return { entries, takenFromServer, contested };
}

/**
 * The person chose the server's version of a contested indicator: only the disagreeing parts are
 * replaced, so a note typed beside an untouched value survives.
 */
export function takeTheirs(entries: Entries, change: ContestedChange): Entries {
  const next: Entry = { ...entryOf(entries, change.code) };
  if (change.parts.includes('value')) next.value = change.theirs.value;
  if (change.parts.includes('evidence')) next.evidence = change.theirs.evidence;
  return { ...entries, [change.code]: next };
}
