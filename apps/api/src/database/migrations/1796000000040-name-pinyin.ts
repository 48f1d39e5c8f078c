import type { MigrationInterface, QueryRunner } from 'typeorm';
import { nameSearchKey } from '../../analytics/figures/name-key';

/**
 * `name_pinyin`: the pinyin the text search matches a name by (its full toneless reading and its
 * initials, analytics/figures/name-key.ts nameSearchKey), so "hp" or "heping" finds 和平社区党支部 in
 * the review queue (on org_unit) and the branch table (on branch_period_figures, which it reads
 * without joining the units). Kept next to `name_key` and the same way: pinyin-pro computes it, the
 * figures refresh fills it for new and renamed units (fillNameKeys) and copies it onto the figures
 * rows. Backfilled here for every unit: one read, one set-based update. No index: see
 * docs/metrics.md "Text search". Plain SQL that runs unchanged on PGlite and PostgreSQL.
 */
export class NamePinyin1796000000040 implements MigrationInterface {
  name = 'NamePinyin1796000000040';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE org_unit ADD COLUMN name_pinyin text`);
    await q.query(`ALTER TABLE branch_period_figures ADD COLUMN name_pinyin text`);
    const units: { id: string; district_id: string; name: string }[] = await q.query(
      `SELECT id, district_id, name FROM org_unit`,
    );
    if (units.length > 0)
      await q.query(
        `UPDATE org_unit u SET name_pinyin = k.key
           FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS k(id, district_id, key)
          WHERE u.district_id = k.district_id AND u.id = k.id`,
        [units.map((u) => u.id), units.map((u) => u.district_id), units.map((u) => nameSearchKey(u.name))],
      );
    await q.query(
      `UPDATE branch_period_figures f SET name_pinyin = u.name_pinyin
         FROM org_unit u WHERE u.district_id = f.district_id AND u.id = f.branch_id`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE branch_period_figures DROP COLUMN name_pinyin`);
    await q.query(`ALTER TABLE org_unit DROP COLUMN name_pinyin`);
  }
}
