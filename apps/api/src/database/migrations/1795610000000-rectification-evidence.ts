import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence on rectification answers (issue 15): an `evidence_file` row may belong to a
 * rectification item (`rectification_item_id`) and, once the branch answers, to that ANSWER event
 * (`rectification_event_id`; null while the file waits for the answer). Same table, storage and
 * checks as the files of indicator values; those lists leave rectification files out.
 * No foreign keys: the rectification tables have no entity to declare them on (the schema test
 * compares entities and schema); the rows go with their assessment (ON DELETE CASCADE), as the
 * item and its events do, and the service writes only ids it has just locked.
 * Plain SQL that runs unchanged on PGlite and PostgreSQL.
 */
export class RectificationEvidence1795610000000 implements MigrationInterface {
  name = 'RectificationEvidence1795610000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE evidence_file ADD COLUMN rectification_item_id uuid`);
    await q.query(`ALTER TABLE evidence_file ADD COLUMN rectification_event_id uuid`);
    await q.query(
      `ALTER TABLE evidence_file ADD CONSTRAINT evidence_file_rectification_check
         CHECK (rectification_event_id IS NULL OR rectification_item_id IS NOT NULL)`,
    );
    await q.query(`CREATE INDEX ix_evidence_file_rectification ON evidence_file (rectification_item_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_evidence_file_rectification`);
    await q.query(`ALTER TABLE evidence_file DROP CONSTRAINT evidence_file_rectification_check`);
    await q.query(`ALTER TABLE evidence_file DROP COLUMN rectification_event_id`);
    await q.query(`ALTER TABLE evidence_file DROP COLUMN rectification_item_id`);
  }
}
