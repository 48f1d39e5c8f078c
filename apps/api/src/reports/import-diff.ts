import type { IndicatorInput, ValueMap } from '@pathboard/scoring';

export interface ValueCounts {
  /** Values filled in where nothing was stored. */
  imported: number;
  /** Values that replace a different stored value. */
  updated: number;
  /** Values equal to what is stored (nothing to write). */
  unchanged: number;
}

export interface ValueChange {
  indicatorCode: string;
  before: IndicatorInput | null;
  after: IndicatorInput;
}

export interface RowDiff extends ValueCounts {
  /** What to write: imported and updated values only. */
  changes: ValueChange[];
}

/**
 * Compare an import row (only the cells filled in) with the stored self values of its assessment.
 * A blank cell is not part of the import, so it never clears anything.
 */
export function diffRow(
  stored: Readonly<Record<string, IndicatorInput>>,
  incoming: Readonly<ValueMap>,
): RowDiff {
  const diff: RowDiff = { imported: 0, updated: 0, unchanged: 0, changes: [] };
  for (const [indicatorCode, after] of Object.entries(incoming)) {
    if (after === undefined || after === null) continue;
    const before = stored[indicatorCode] ?? null;
    if (before === null) diff.imported++;
    else if (sameInput(before, after)) {
      diff.unchanged++;
      continue;
    } else diff.updated++;
    diff.changes.push({ indicatorCode, before, after });
  }
  return diff;
}

export function addCounts(into: ValueCounts, counts: ValueCounts): void {
  into.imported += counts.imported;
  into.updated += counts.updated;
  into.unchanged += counts.unchanged;
}

/**
 * Equality of two inputs as the scoring engine sees them: a checklist is a set of item codes (order
 * and repeats do not matter), a ratio compares both halves, everything else by value.
 */
export function sameInput(a: IndicatorInput, b: IndicatorInput): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return false;
    const left = new Set(a);
    const right = new Set(b);
    return left.size === right.size && [...left].every((item) => right.has(item));
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    return a.numerator === b.numerator && a.denominator === b.denominator;
  }
  return a === b;
}
