import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Frameworks, periods, assessments and their stored scores.
 * Every per-branch table carries district_id (tenant key) and, for the score tables, the period and
 * branch copied from the assessment, so analytics can aggregate a (district, period) in one scan.
 * Plain SQL that runs unchanged on PGlite and PostgreSQL.
 */
export class Assessments1795356000000 implements MigrationInterface {
  name = 'Assessments1795356000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE framework (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        version int NOT NULL CHECK (version > 0),
        name jsonb NOT NULL,
        definition jsonb NOT NULL,
        locked boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_framework_code_version UNIQUE (code, version)
      )`);
    await q.query(`
      CREATE TABLE period (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES org_unit(id),
        code text NOT NULL,
        year int NOT NULL,
        quarter int NOT NULL CHECK (quarter BETWEEN 1 AND 4),
        framework_id uuid NOT NULL REFERENCES framework(id),
        deadline timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        CONSTRAINT uq_period_district_code UNIQUE (district_id, code)
      )`);
    await q.query(`CREATE INDEX ix_period_district_year_quarter ON period (district_id, year, quarter)`);
    await q.query(`
      CREATE TABLE assessment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES org_unit(id),
        branch_id uuid NOT NULL REFERENCES org_unit(id),
        period_id uuid NOT NULL REFERENCES period(id) ON DELETE CASCADE,
        framework_id uuid NOT NULL REFERENCES framework(id),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')),
        version int NOT NULL DEFAULT 1,
        submitted_at timestamptz,
        on_time boolean,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_assessment_branch_period UNIQUE (branch_id, period_id)
      )`);
    await q.query(`CREATE INDEX ix_assessment_district_period ON assessment (district_id, period_id)`);
    await q.query(`CREATE INDEX ix_assessment_period_status ON assessment (period_id, status)`);
    await q.query(`
      CREATE TABLE indicator_value (
        assessment_id uuid NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
        indicator_code text NOT NULL,
        district_id uuid NOT NULL,
        self_value jsonb,
        reviewed_value jsonb,
        evidence text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (assessment_id, indicator_code)
      )`);
    await q.query(`CREATE INDEX ix_indicator_value_district ON indicator_value (district_id)`);
    await q.query(`
      CREATE TABLE assessment_score (
        assessment_id uuid NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('SELF', 'OFFICIAL')),
        district_id uuid NOT NULL,
        period_id uuid NOT NULL,
        branch_id uuid NOT NULL,
        total numeric(8,2) NOT NULL,
        grade_code text NOT NULL,
        veto boolean NOT NULL DEFAULT false,
        completeness numeric(5,4) NOT NULL,
        explanation jsonb NOT NULL,
        computed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (assessment_id, kind)
      )`);
    await q.query(
      `CREATE INDEX ix_assessment_score_district_period ON assessment_score (district_id, period_id, kind)`,
    );
    await q.query(`
      CREATE TABLE assessment_path_score (
        assessment_id uuid NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('SELF', 'OFFICIAL')),
        path_code text NOT NULL,
        district_id uuid NOT NULL,
        period_id uuid NOT NULL,
        branch_id uuid NOT NULL,
        points numeric(8,2) NOT NULL,
        percent numeric(6,2) NOT NULL,
        PRIMARY KEY (assessment_id, kind, path_code)
      )`);
    await q.query(
      `CREATE INDEX ix_assessment_path_score_district_period ON assessment_path_score (district_id, period_id, kind, path_code)`,
    );
    await q.query(`
      CREATE TABLE assessment_status_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        assessment_id uuid NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
        district_id uuid NOT NULL,
        from_status text,
        to_status text NOT NULL,
        actor_id uuid,
        comment text,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX ix_assessment_status_change_assessment ON assessment_status_change (assessment_id, at)`,
    );
    await q.query(
      `CREATE INDEX ix_assessment_status_change_district ON assessment_status_change (district_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS assessment_status_change`);
    await q.query(`DROP TABLE IF EXISTS assessment_path_score`);
    await q.query(`DROP TABLE IF EXISTS assessment_score`);
    await q.query(`DROP TABLE IF EXISTS indicator_value`);
    await q.query(`DROP TABLE IF EXISTS assessment`);
    await q.query(`DROP TABLE IF EXISTS period`);
    await q.query(`DROP TABLE IF EXISTS framework`);
  }
}
