import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The review queue's index (quality/sql/review-queue.sql.ts `queuePageSql`): a quarter's assessments
 * in submission order, the status last (a key column rather than INCLUDE, which entities cannot
 * declare). The queue's default page (oldest submission first) is
 * read off it in order, and over the whole district its count (by status, too) is an index-only scan
 * instead of a join of every assessment to its unit. Plain SQL that runs unchanged on PGlite and
 * PostgreSQL.
 */
export class AssessmentSubmittedIndex1796000000000 implements MigrationInterface {
  name = 'AssessmentSubmittedIndex1796000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX ix_assessment_submitted ON assessment (district_id, period_id, submitted_at, status)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_assessment_submitted`);
  }
}
