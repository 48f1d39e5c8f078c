import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Annual-only indicator values (年度加分, 年度扣分, annual vetoes; issue 16): entered once a year per
 * branch. The branch enters `self_value` (its claim); a committee reviewer sets `reviewed_value`
 * and `reviewed_at`. Only a reviewed value is official (it may be null: the claim was not accepted).
 * Keyed by district first (docs/scale-out.md).
 */
export class AnnualValues1795600000000 implements MigrationInterface {
  name = 'AnnualValues1795600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE annual_value (
        district_id uuid NOT NULL,
        year integer NOT NULL,
        branch_id uuid NOT NULL,
        indicator_code text NOT NULL,
        self_value jsonb,
        reviewed_value jsonb,
        reviewed_at timestamptz,
        reviewed_by uuid,
        evidence text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT annual_value_pkey PRIMARY KEY (district_id, year, branch_id, indicator_code),
        CONSTRAINT annual_value_district_id_fkey FOREIGN KEY (district_id) REFERENCES org_unit(id),
        CONSTRAINT annual_value_branch_id_fkey FOREIGN KEY (branch_id) REFERENCES org_unit(id),
        CONSTRAINT annual_value_year_check CHECK (year BETWEEN 2000 AND 2100)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE annual_value`);
  }
}
