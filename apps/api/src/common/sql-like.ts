/** A LIKE/ILIKE pattern matching text that contains `search` literally (null: no search). */
export function containsPattern(search: string | null | undefined): string | null {
  const text = search?.trim();
  return text ? `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
}
