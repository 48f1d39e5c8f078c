/**
 * The text search of units in the browser, as the server's (docs/metrics.md "Text search", the review
 * queue and the branch table): a unit matches when its name or code contains the text, in either case,
 * or, for a text of ASCII letters only, when its name's pinyin does (full reading or initials), so "hp"
 * or "heping" finds 和平社区党支部. Spaces are ignored on both sides: "he ping" and "和平 社区" match too.
 */

/** A unit as the search reads it; `namePinyin` is the API's OrgUnit.namePinyin (absent: not matched). */
export interface SearchableUnit {
  name: string;
  code: string;
  namePinyin?: string | null;
}

// The stored pinyin holds lower-case ASCII letters and a separator no one types (between the full
// reading and the initials, so "buhp" does not match across them): only such a text can match it.
const PINYIN_TEXT = /^[a-z]+$/;

function fold(text: string): string {
  return text.toLocaleLowerCase().replace(/\s+/g, '');
}

/**
 * The search as a test of units, or null for a blank text (everything matches). Folded once, so a
 * tree of 5,000 units is searched without re-reading the text for each.
 */
export function unitSearch(text: string): ((unit: SearchableUnit) => boolean) | null {
  const needle = fold(text);
  if (!needle) return null;
  const byPinyin = PINYIN_TEXT.test(needle);
  return (unit) =>
    fold(unit.name).includes(needle) ||
    fold(unit.code).includes(needle) ||
    (byPinyin && (unit.namePinyin ?? '').includes(needle));
}

/** Whether a unit matches a search text (a blank text matches every unit). */
export function unitMatches(unit: SearchableUnit, text: string): boolean {
  return unitSearch(text)?.(unit) ?? true;
}
