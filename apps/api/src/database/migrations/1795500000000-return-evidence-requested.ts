import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A reviewer returning an assessment may ask for evidence (佐证材料) on named indicators: the codes
 * are kept with the RETURN row of the status history and shown to the branch. Empty for every
 * other change. Plain SQL that runs unchanged on PGlite and PostgreSQL.
 */
export class ReturnEvidenceRequested1795500000000 implements MigrationInterface {
  name = 'ReturnEvidenceRequested1795500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE assessment_status_change ADD COLUMN evidence_requested text[] NOT NULL DEFAULT '{}'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE assessment_status_change DROP COLUMN evidence_requested`);
  }
}
