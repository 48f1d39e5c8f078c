import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `unit_period_rank_counts`: per unit with children, quarter and basis ('total', 'reviewed',
 * 'previous'), the unit's competition-rank counts (rankCounts, analytics/sql/branch-set.sql.ts) as
 * three parallel arrays, best total first, and the unit's listed branches (the unfiltered table's
 * row count). Written with the unit's figures by the same refresh
 * (analytics/figures), so a page of the branch table reads its rows' ranks instead of counting every
 * branch of the unit again; two partial indexes on the listed branch rows by total (best and worst
 * first) let the unfiltered table by rank or total read only its page. Keyed by district first (docs/scale-out.md). Plain SQL that runs
 * unchanged on PGlite and PostgreSQL. It starts empty: a unit without stored counts has its page's
 * ranks counted live, as before, until the next refresh of its figures writes them.
 */
export class UnitRankCounts1795920000000 implements MigrationInterface {
  name = 'UnitRankCounts1795920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE unit_period_rank_counts (
        district_id uuid NOT NULL,
        period_id uuid NOT NULL,
        unit_id uuid NOT NULL,
        basis text NOT NULL CHECK (basis IN ('total', 'reviewed', 'previous')),
        totals float8[] NOT NULL,
        ranks integer[] NOT NULL,
        at_or_above integer[] NOT NULL,
        listed integer NOT NULL,
        CONSTRAINT pk_unit_period_rank_counts PRIMARY KEY (district_id, period_id, unit_id, basis))`);
    // The unfiltered table by rank or total reads its page in these orders (branch-page.sql.ts).
    for (const dir of ['desc', 'asc'])
      await q.query(
        `CREATE INDEX ix_branch_period_figures_total_${dir} ON branch_period_figures
           (district_id, period_id, total ${dir.toUpperCase()} NULLS LAST, code COLLATE "C") WHERE listed`,
      );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_branch_period_figures_total_asc`);
    await q.query(`DROP INDEX ix_branch_period_figures_total_desc`);
    await q.query(`DROP TABLE unit_period_rank_counts`);
  }
}
