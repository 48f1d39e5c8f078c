import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The year (issue 16): a district's annual results, stored (frozen) when the year's last quarter
 * closes. `annual_year` says a year is frozen, or CHANGED when one of its quarters was reopened
 * (recomputed and stored again when it closes); `annual_result` holds each branch's libs/scoring
 * AnnualResult with the figures the screens and reports read. Both are keyed by district first.
 */
export class AnnualResults1795520000000 implements MigrationInterface {
  name = 'AnnualResults1795520000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE annual_year (
        district_id uuid NOT NULL,
        year integer NOT NULL,
        status text NOT NULL,
        framework_id uuid NOT NULL,
        frozen_at timestamptz NOT NULL DEFAULT now(),
        changed_at timestamptz,
        CONSTRAINT annual_year_pkey PRIMARY KEY (district_id, year),
        CONSTRAINT annual_year_district_id_fkey FOREIGN KEY (district_id) REFERENCES org_unit(id),
        CONSTRAINT annual_year_framework_id_fkey FOREIGN KEY (framework_id) REFERENCES framework(id),
        CONSTRAINT annual_year_status_check CHECK (status IN ('FROZEN', 'CHANGED'))
      )`);
    await q.query(`
      CREATE TABLE annual_result (
        district_id uuid NOT NULL,
        year integer NOT NULL,
        branch_id uuid NOT NULL,
        unit_path text NOT NULL,
        unit_parent_id uuid,
        total numeric(8,2) NOT NULL,
        grade_code text NOT NULL,
        capped boolean NOT NULL,
        path_percents numeric(6,2)[] NOT NULL DEFAULT '{}',
        result jsonb NOT NULL,
        CONSTRAINT annual_result_pkey PRIMARY KEY (district_id, year, branch_id),
        CONSTRAINT annual_result_year_fkey FOREIGN KEY (district_id, year)
          REFERENCES annual_year(district_id, year) ON DELETE CASCADE,
        CONSTRAINT annual_result_branch_id_fkey FOREIGN KEY (branch_id) REFERENCES org_unit(id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE annual_result`);
    await q.query(`DROP TABLE annual_year`);
  }
}
