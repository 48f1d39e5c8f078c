import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Org-unit codes are unique within a district, not across all of them: one district's codes are no
 * business of another's, and a global constraint let an ADMIN learn that another district uses a code
 * (issue 10, disclosure). The new index leads with district_id, so it also serves the per-district
 * code look-ups. Down restores the global constraint; it fails if two districts now share a code.
 */
export class OrgUnitCodePerDistrict1795470010000 implements MigrationInterface {
  name = 'OrgUnitCodePerDistrict1795470010000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE org_unit DROP CONSTRAINT uq_org_unit_code`);
    await q.query(`ALTER TABLE org_unit ADD CONSTRAINT uq_org_unit_district_code UNIQUE (district_id, code)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE org_unit DROP CONSTRAINT uq_org_unit_district_code`);
    await q.query(`ALTER TABLE org_unit ADD CONSTRAINT uq_org_unit_code UNIQUE (code)`);
  }
}
