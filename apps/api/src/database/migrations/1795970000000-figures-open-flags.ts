import type { MigrationInterface, QueryRunner } from 'typeorm';
import { writeOpenFlags } from '../../analytics/figures/open-flags';

/**
 * `branch_period_figures.open_flags`: a reported assessment's open data-check flags, stored by the
 * figures refresh (analytics/figures/open-flags.ts) so the review queue's risk order is an SQL order.
 * NULL: not reported (a draft's own values change without a refresh), or not checked yet. Filled now
 * for every quarter of every district by the refresh's own function, as the stored inflation was
 * (1795940000000): the backfill is exactly what the refresh writes. Plain SQL that runs unchanged on
 * PGlite and PostgreSQL.
 */
export class FiguresOpenFlags1795970000000 implements MigrationInterface {
  name = 'FiguresOpenFlags1795970000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE branch_period_figures ADD COLUMN open_flags integer`);
    const periods: { district_id: string; ids: string[] }[] = await q.query(
      `SELECT district_id, array_agg(id::text ORDER BY code) AS ids FROM period GROUP BY district_id`,
    );
    // The counts only: the groups' samples have their table from 1796000000001 on.
    for (const { district_id, ids } of periods)
      await writeOpenFlags(q.manager, district_id, ids, null, { samples: false });
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE branch_period_figures DROP COLUMN open_flags`);
  }
}
