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

/** Fills the missing sort keys of a district's units: one read, one set-based update. */
export async function fillNameKeys(manager: EntityManager, districtId: string): Promise<void> {
  const rows: { id: string; name: string }[] = await manager.query(
    `SELECT id, name FROM org_unit WHERE district_id = $1 AND name_key IS NULL`,
    [districtId],
  );
  if (rows.length === 0) return;
  await manager.query(
    `UPDATE org_unit u SET name_key = k.key
       FROM unnest($1::uuid[], $2::text[]) AS k(id, key)
      WHERE u.id = k.id`,
    [rows.map((r) => r.id), rows.map((r) => nameSortKey(r.name))],
  );
}
