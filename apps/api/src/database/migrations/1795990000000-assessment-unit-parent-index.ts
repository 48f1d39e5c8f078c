import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An index on a closed quarter's snapshot parent (`assessment.unit_parent_id`, set when the period
 * closes), so the figures refresh finds a peer group's assessments by its parent instead of reading
 * every assessment of the quarter (quality/sql/quality-set.sql.ts `listedInGroups`); an open
 * quarter's groups are found through `ix_org_unit_parent`. Partial: only snapshotted rows. Plain SQL
 * that runs unchanged on PGlite and PostgreSQL.
 */
export class AssessmentUnitParentIndex1795990000000 implements MigrationInterface {
  name = 'AssessmentUnitParentIndex1795990000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX ix_assessment_unit_parent ON assessment (district_id, period_id, unit_parent_id)
         WHERE unit_parent_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_assessment_unit_parent`);
  }
}
