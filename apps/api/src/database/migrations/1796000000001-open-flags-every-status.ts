import type { MigrationInterface, QueryRunner } from 'typeorm';
import { writeOpenFlags } from '../../analytics/figures/open-flags';
import { isReported } from '../../assessments/sql/reported';

/**
 * `branch_period_figures.open_flags` for drafts and returned assessments too (until now NULL: the
 * review queue checked them live, every assessment of the quarter when one was listed by risk), and
 * `peer_group_sample`: each peer group's sorted reported values per quarter, sector and indicator,
 * which a draft's save checks the draft against (analytics/figures/peer-samples.ts). Keyed by
 * district first, as every per-branch table (docs/scale-out.md); derived data like the other figures
 * tables, so no foreign key. Filled for every quarter of every district by the refresh's own
 * function. Down drops the samples and forgets the unreported assessments' counts. Plain SQL that
 * runs unchanged on PGlite and PostgreSQL.
 */
export class OpenFlagsEveryStatus1796000000001 implements MigrationInterface {
  name = 'OpenFlagsEveryStatus1796000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE peer_group_sample (
        district_id uuid NOT NULL,
        period_id uuid NOT NULL,
        group_id uuid NOT NULL,
        samples jsonb,
        CONSTRAINT pk_peer_group_sample PRIMARY KEY (district_id, period_id, group_id))`);
    const periods: { district_id: string; ids: string[] }[] = await q.query(
      `SELECT district_id, array_agg(id::text ORDER BY code) AS ids FROM period GROUP BY district_id`,
    );
    for (const { district_id, ids } of periods) await writeOpenFlags(q.manager, district_id, ids, null);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE peer_group_sample`);
    await q.query(
      `UPDATE branch_period_figures f SET open_flags = NULL
         FROM assessment a
        WHERE a.district_id = f.district_id AND a.period_id = f.period_id AND a.branch_id = f.branch_id
          AND NOT ${isReported('a')}`,
    );
  }
}
