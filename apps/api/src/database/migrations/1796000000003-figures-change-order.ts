import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two partial indexes on the listed branch rows in the branch table's order by change (the total
 * less the previous quarter's, then the total best first, then the code: branch-page.sql.ts), one
 * per direction (the ties keep their order, so one index read backwards would not do), so the
 * unfiltered table by change reads only the rows up to its page, as by rank, total or name
 * (1795960000000-figures-name-order). Without them a page by change sorted every listed branch of
 * the unit: 73 ms median, 110 ms p95 at 50,000 branches. Plain SQL that runs unchanged on PGlite and
 * PostgreSQL.
 */
export class FiguresChangeOrder1796000000003 implements MigrationInterface {
  name = 'FiguresChangeOrder1796000000003';

  async up(q: QueryRunner): Promise<void> {
    for (const dir of ['asc', 'desc'])
      await q.query(
        `CREATE INDEX ix_branch_period_figures_change_${dir} ON branch_period_figures
           (district_id, period_id, (total - previous_total) ${dir.toUpperCase()} NULLS LAST,
            total DESC NULLS LAST, code COLLATE "C") WHERE listed`,
      );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_branch_period_figures_change_desc`);
    await q.query(`DROP INDEX ix_branch_period_figures_change_asc`);
  }
}
