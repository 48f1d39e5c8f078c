import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reviewer's reason for an adjusted value (调整理由): a reviewed value that differs from the
 * branch's own is an official score the branch did not claim, and the branch, the audit log and the
 * score's explanation all need to say why. Null where no adjustment is stored, and on rows written
 * before this migration (their adjustment predates the rule).
 */
export class IndicatorReviewReason1796000000004 implements MigrationInterface {
  name = 'IndicatorReviewReason1796000000004';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE indicator_value ADD COLUMN review_reason text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE indicator_value DROP COLUMN review_reason`);
  }
}
