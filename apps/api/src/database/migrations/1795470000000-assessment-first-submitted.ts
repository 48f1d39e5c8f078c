import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * On time follows deadline extensions (延期, docs/metrics.md "On time"): a branch is on time when its
 * FIRST submission of the quarter was at or before its effective deadline (its extension, else the
 * period's). `on_time` keeps the comparison with the period deadline made at the first submission;
 * `first_submitted_at` keeps the time itself, so an extension granted later still counts.
 * Existing rows: the first SUBMITTED status change, else the last submission time.
 */
export class AssessmentFirstSubmitted1795470000000 implements MigrationInterface {
  name = 'AssessmentFirstSubmitted1795470000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE assessment ADD COLUMN first_submitted_at timestamptz`);
    await q.query(`
      UPDATE assessment a
         SET first_submitted_at = coalesce(
               (SELECT min(c.at) FROM assessment_status_change c
                 WHERE c.assessment_id = a.id AND c.to_status = 'SUBMITTED'),
               a.submitted_at)
       WHERE a.on_time IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE assessment DROP COLUMN first_submitted_at`);
  }
}
