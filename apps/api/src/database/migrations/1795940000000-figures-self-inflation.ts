import type { MigrationInterface, QueryRunner } from 'typeorm';
import { writeSelfInflation } from '../../analytics/figures/self-inflation';

/**
 * `branch_period_figures.self_inflation` and `inflation_quarters`: the branch's self-assessment
 * inflation in the quarter (libs/scoring selfInflation over its approved quarters of the window) and
 * how many approved quarters it averages, written by the figures refresh
 * (analytics/figures/self-inflation.ts); an index in the inflation list's order, so the overview's
 * list reads its 10 rows instead of four quarters of approved scores. Filled now for every quarter
 * of every district by the refresh's own function, on purpose: the backfill is then exactly what the
 * refresh writes (self-inflation.int-spec runs `down` and `up` over stored rows and compares). A
 * later change to that function that changes what it stores needs a migration of its own. Plain
 * SQL that runs unchanged on PGlite and PostgreSQL.
 */
export class FiguresSelfInflation1795940000000 implements MigrationInterface {
  name = 'FiguresSelfInflation1795940000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE branch_period_figures ADD COLUMN self_inflation float8`);
    await q.query(
      `ALTER TABLE branch_period_figures ADD COLUMN inflation_quarters integer NOT NULL DEFAULT 0`,
    );
    await q.query(
      `CREATE INDEX ix_branch_period_figures_inflation ON branch_period_figures
         (district_id, period_id, self_inflation DESC) WHERE listed AND self_inflation IS NOT NULL`,
    );
    const periods: { district_id: string; ids: string[] }[] = await q.query(
      `SELECT district_id, array_agg(id::text) AS ids FROM period GROUP BY district_id`,
    );
    for (const { district_id, ids } of periods) await writeSelfInflation(q.manager, district_id, ids, null);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_branch_period_figures_inflation`);
    await q.query(`ALTER TABLE branch_period_figures DROP COLUMN inflation_quarters`);
    await q.query(`ALTER TABLE branch_period_figures DROP COLUMN self_inflation`);
  }
}
