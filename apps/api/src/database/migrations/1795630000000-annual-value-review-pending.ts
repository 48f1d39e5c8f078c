import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether an annual value's claim waits for a reviewer (`review_pending`): the one stored fact behind
 * "待审核" (a claim never reviewed) and "已修改，待复核" (the branch changed its claim after a review;
 * the reviewed value stays the official one until a reviewer decides again). Set by the branch's save
 * when its claim changes, cleared by a review (annual-values.service.ts). A stored flag, not a
 * comparison of timestamps, so the order of two concurrent writes on the row (row lock) decides it.
 * Existing rows: a claim without a review is pending. The partial index serves the reviewers' queue.
 */
export class AnnualValueReviewPending1795630000000 implements MigrationInterface {
  name = 'AnnualValueReviewPending1795630000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE annual_value ADD COLUMN review_pending boolean NOT NULL DEFAULT false`);
    await q.query(
      `UPDATE annual_value SET review_pending = true WHERE self_value IS NOT NULL AND reviewed_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX ix_annual_value_review_pending ON annual_value (district_id, year) WHERE review_pending`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_annual_value_review_pending`);
    await q.query(`ALTER TABLE annual_value DROP COLUMN review_pending`);
  }
}
