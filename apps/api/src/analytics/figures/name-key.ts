import { pinyin } from 'pinyin-pro';
import type { EntityManager } from 'typeorm';

/**
 * The pinyin sort key of a unit name (PGlite has no ICU collation): syllables without tones,
 * numbers zero-padded so 第2 sorts before 第12, then the name itself to break ties. Compared
 * byte-wise (COLLATE "C").
 */
export function nameSortKey(name: string): string {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
  const words = syllables.map((s) => s.toLowerCase().replace(/\d+/g, (d) => d.padStart(8, '0')));
  return `${words.join(' ')}\u0001${name}`;
}

/**
 * Where the full pinyin ends and the initials begin in a search key. A character no one types, so a
 * search never matches across the two (a space would let "bu hp" match 和平社区党支部).
 */
export const SEARCH_KEY_SEPARATOR = '\u0001';

/**
 * The pinyin the text search matches a unit name by (docs/metrics.md "Text search"): the full
 * toneless reading, then the initials of its syllables, each in lower-case ASCII letters only
 * (和平社区党支部: "hepingshequdangzhibu" and "hpsqdzb"). ü is written v (绿 lv), as a pinyin
 * keyboard types it. Letters outside Chinese (full-width ones folded to ASCII) are kept whole in
 * both and digits and signs dropped, so only a search of ASCII letters alone can match it: searches
 * in Chinese or by code match the name and code as before. pinyin-pro reads a character by its
 * context (银行 yinhang, 长安 chang'an), one reading per character.
 */
export function nameSearchKey(name: string): string {
  const parts = pinyin(name, { toneType: 'none', type: 'all', nonZh: 'consecutive', v: true });
  const letters = (s: string) =>
    s
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^a-z]/g, '');
  const full = parts.map((p) => letters(p.isZh ? p.pinyin : p.origin)).join('');
  const initials = parts.map((p) => letters(p.isZh ? p.first : p.origin)).join('');
  return `${full}${SEARCH_KEY_SEPARATOR}${initials}`;
}

/**
 * Fills the missing keys of a district's units: new ones, and renamed ones, whose sort key the rename
 * clears (org-units.service.ts update); the search key is written with it, so the two never disagree.
 * One read, one set-based update.
 */
export async function fillNameKeys(manager: EntityManager, districtId: string): Promise<void> {
  const rows: { id: string; name: string }[] = await manager.query(
    `SELECT id, name FROM org_unit WHERE district_id = $1 AND name_key IS NULL`,
    [districtId],
  );
  if (rows.length === 0) return;
  await manager.query(
    `UPDATE org_unit u SET name_key = k.sort_key, name_pinyin = k.search_key
       FROM unnest($1::uuid[], $2::text[], $3::text[]) AS k(id, sort_key, search_key)
      WHERE u.id = k.id`,
    [rows.map((r) => r.id), rows.map((r) => nameSortKey(r.name)), rows.map((r) => nameSearchKey(r.name))],
  );
}
