import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence files (issue 14): one row per file attached to an indicator value of an assessment. The
 * bytes live in the BlobStore under `sha256` (content-addressed, shared by identical files), so the
 * same hash may appear on many rows; bytes are removed only when no row references the hash.
 * `original_name` is for display only and never part of a storage path. `photo_taken_on`: the
 * photo's EXIF capture date (camera wall-clock), null when the file has none.
 */
export class EvidenceFiles1795450000000 implements MigrationInterface {
  name = 'EvidenceFiles1795450000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE evidence_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL,
        assessment_id uuid NOT NULL,
        indicator_code text NOT NULL,
        sha256 text NOT NULL,
        size_bytes integer NOT NULL,
        mime_type text NOT NULL,
        original_name text NOT NULL,
        photo_taken_on date,
        uploaded_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT evidence_file_assessment_id_fkey FOREIGN KEY (assessment_id) REFERENCES assessment(id) ON DELETE CASCADE,
        CONSTRAINT evidence_file_sha256_check CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        CONSTRAINT evidence_file_size_check CHECK (size_bytes > 0)
      )`);
    await q.query(
      `CREATE INDEX ix_evidence_file_assessment ON evidence_file (assessment_id, indicator_code)`,
    );
    await q.query(`CREATE INDEX ix_evidence_file_sha256 ON evidence_file (sha256)`);
    await q.query(`CREATE INDEX ix_evidence_file_district ON evidence_file (district_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE evidence_file`);
  }
}
