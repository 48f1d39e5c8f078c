import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `figures_pending`: the branch-quarters whose precomputed figures a refresh still owes
 * (analytics/figures/figures-pending.ts). An assessment write adds its row in its own transaction;
 * the refresh that covers it deletes the row in the refresh's transaction. A row that outlives its
 * refresh (the process died between the write's commit and the refresh, or the refresh failed) is
 * picked up by the sweep at start-up and every minute. Keyed by district first (docs/scale-out.md).
 * Plain SQL that runs unchanged on PGlite and PostgreSQL.
 */
export class FiguresPending1795950000000 implements MigrationInterface {
  name = 'FiguresPending1795950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE figures_pending (
        district_id uuid NOT NULL,
        period_id uuid NOT NULL,
        branch_id uuid NOT NULL,
        queued_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_figures_pending PRIMARY KEY (district_id, period_id, branch_id))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE figures_pending`);
  }
}
