import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each stored array of `unit_period_rank_counts` in the reverse order (its own inverse). */
const REVERSE = `
  UPDATE unit_period_rank_counts
     SET totals = ARRAY(SELECT v FROM unnest(totals) WITH ORDINALITY AS e(v, i) ORDER BY i DESC),
         ranks = ARRAY(SELECT v FROM unnest(ranks) WITH ORDINALITY AS e(v, i) ORDER BY i DESC),
         at_or_above = ARRAY(SELECT v FROM unnest(at_or_above) WITH ORDINALITY AS e(v, i) ORDER BY i DESC)`;

/**
 * The units' stored rank counts (1795920000000) in ascending total instead of best first, so the
 * branch table looks a page's ranks up by binary search in them (width_bucket needs ascending
 * bounds; analytics/figures/unit-rank-counts.sql.ts `rankLookUp`). Up and down reverse every stored
 * array in place. Plain SQL that runs unchanged on PGlite and PostgreSQL.
 */
export class RankCountsAscending1795980000000 implements MigrationInterface {
  name = 'RankCountsAscending1795980000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(REVERSE);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(REVERSE);
  }
}
