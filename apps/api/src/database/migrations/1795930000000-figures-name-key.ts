import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `branch_period_figures.name_key`: the pinyin sort key of the branch's name on its figures row
 * (analytics/figures/name-key.ts), so the branch table sorted by name reads it there instead of
 * joining every unit of the district (about 40 ms of a 50,000-branch page). Filled from the units
 * now; the figures refresh writes it with each row from then on. Plain SQL that runs unchanged on
 * PGlite and PostgreSQL.
 */
export class FiguresNameKey1795930000000 implements MigrationInterface {
  name = 'FiguresNameKey1795930000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE branch_period_figures ADD COLUMN name_key text`);
    await q.query(
      `UPDATE branch_period_figures f SET name_key = u.name_key FROM org_unit u WHERE u.id = f.branch_id`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE branch_period_figures DROP COLUMN name_key`);
  }
}
