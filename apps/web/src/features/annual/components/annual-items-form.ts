import type { Indicator, IndicatorInput } from '@pathboard/scoring';
import { fieldSpecFor, type FieldSpec } from '../../../shared/assessment-form/form/field-spec';
import {
  toFormValue,
  toIndicatorInput,
  type FormValue,
} from '../../../shared/assessment-form/form/form-values';

/** One annual item as the screen edits it: the branch's value and note, or the reviewer's value. */
export interface ItemEdit {
  value?: FormValue;
  evidence?: string;
}

export interface AnnualItemLike {
  code: string;
  indicator: unknown;
  applicable: boolean;
  selfValue?: unknown;
  evidence?: string | null;
  reviewedValue?: unknown;
}

/** The input a person fills in for the item's rule (as on the quarterly form). */
export const specOf = (item: AnnualItemLike): FieldSpec => fieldSpecFor(item.indicator as Indicator);

/** A stored value in words: a count as a number, a yes/no answer as 是/否. */
export function valueText(input: unknown, words: { yes: string; no: string; empty: string }): string {
  if (input === null || input === undefined) return words.empty;
  if (typeof input === 'boolean') return input ? words.yes : words.no;
  if (typeof input === 'number') return String(input);
  return JSON.stringify(input);
}

/** The value a field shows: the edit if any, else the stored one (the branch's or the reviewer's). */
export function shownValue(
  item: AnnualItemLike,
  edit: ItemEdit | undefined,
  side: 'self' | 'reviewed',
): FormValue {
  if (edit && 'value' in edit) return edit.value ?? null;
  const stored = side === 'self' ? item.selfValue : item.reviewedValue;
  return toFormValue(specOf(item), stored as IndicatorInput);
}

/**
 * The values to send: only the items edited, each converted to the engine's input (incomplete =
 * null, which clears it). The branch's note goes with its own values.
 */
export function editedValues(
  items: readonly AnnualItemLike[],
  edits: ReadonlyMap<string, ItemEdit>,
  side: 'self' | 'reviewed',
): { indicatorCode: string; value: IndicatorInput; evidence?: string | null }[] {
  const out: { indicatorCode: string; value: IndicatorInput; evidence?: string | null }[] = [];
  for (const item of items) {
    const edit = edits.get(item.code);
    if (!edit || !item.applicable) continue;
    const value = toIndicatorInput(specOf(item), shownValue(item, edit, side));
    if (side === 'reviewed') out.push({ indicatorCode: item.code, value });
    else
      out.push({
        indicatorCode: item.code,
        value,
        evidence: (edit.evidence ?? item.evidence ?? '').trim() || null,
      });
  }
  return out;
}
