import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Frameworks belong to a district (`district_id`), or are shared read-only system frameworks
 * (`district_id` NULL, published by the platform: the seeder, never a district's importFramework).
 * Versions are numbered per owner, so the old global UNIQUE (code, version) becomes one unique index
 * per owner kind. Existing versions imported by a district's admin go back to that district (the
 * FRAMEWORK_IMPORTED audit row names it); the rest (seeded) stay shared, and so does a version that
 * another district already opened a period on (taking it away would break that district's quarter).
 */
export class FrameworkDistrict1795420000000 implements MigrationInterface {
  name = 'FrameworkDistrict1795420000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE framework ADD COLUMN district_id uuid REFERENCES org_unit(id)`);
    await q.query(`
      UPDATE framework f
         SET district_id = a.district_id
        FROM audit_event a
       WHERE a.action = 'FRAMEWORK_IMPORTED' AND a.target_type = 'Framework' AND a.target_id = f.id::text
         AND a.district_id IS NOT NULL
         AND EXISTS (SELECT 1 FROM org_unit d WHERE d.id = a.district_id)
         AND NOT EXISTS (SELECT 1 FROM period p WHERE p.framework_id = f.id AND p.district_id <> a.district_id)`);
    await q.query(`ALTER TABLE framework DROP CONSTRAINT uq_framework_code_version`);
    await q.query(
      `CREATE UNIQUE INDEX uq_framework_system_code_version ON framework (code, version) WHERE district_id IS NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX uq_framework_district_code_version ON framework (district_id, code, version) WHERE district_id IS NOT NULL`,
    );
  }

  /**
   * Fails (and changes nothing: the migration runs in a transaction) when two owners hold the same
   * code and version, which the old global constraint cannot represent.
   */
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX uq_framework_district_code_version`);
    await q.query(`DROP INDEX uq_framework_system_code_version`);
    await q.query(`ALTER TABLE framework ADD CONSTRAINT uq_framework_code_version UNIQUE (code, version)`);
    await q.query(`ALTER TABLE framework DROP COLUMN district_id`);
  }
}
