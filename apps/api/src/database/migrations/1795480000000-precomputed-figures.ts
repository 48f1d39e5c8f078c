import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Precomputed committee figures (analytics/figures/figures-refresh.ts): one row per branch and
 * quarter (the scoreboard's branch statement at the district) and one per unit, quarter and group
 * (the scoreboard's figures statement of a unit with children: the unit itself and each direct
 * child). Kept current in the transaction that changes a score, the tree or a period. Both keyed by
 * district first (docs/scale-out.md). `org_unit.name_key`: the pinyin sort key of the name
 * (pinyin-pro; PGlite has no ICU collation), filled by the refresh when NULL.
 */
export class PrecomputedFigures1795480000000 implements MigrationInterface {
  name = 'PrecomputedFigures1795480000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE org_unit ADD COLUMN name_key text`);
    await q.query(`
      CREATE TABLE branch_period_figures (
        district_id uuid NOT NULL,
        period_id uuid NOT NULL,
        branch_id uuid NOT NULL,
        listed boolean NOT NULL,
        path text NOT NULL,
        code text,
        name text,
        parent_id uuid,
        sector text,
        member_count integer,
        active boolean,
        status text,
        on_time boolean,
        total float8,
        grade_code text,
        veto boolean,
        path_percents float8[],
        previous_total float8,
        CONSTRAINT pk_branch_period_figures PRIMARY KEY (district_id, period_id, branch_id))`);
    await q.query(
      `CREATE INDEX ix_branch_period_figures_path ON branch_period_figures (district_id, period_id, path text_pattern_ops)`,
    );
    await q.query(`
      CREATE TABLE unit_period_figures (
        district_id uuid NOT NULL,
        period_id uuid NOT NULL,
        unit_id uuid NOT NULL,
        grp text NOT NULL,
        ord integer NOT NULL,
        figures jsonb NOT NULL,
        CONSTRAINT pk_unit_period_figures PRIMARY KEY (district_id, period_id, unit_id, grp))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE unit_period_figures`);
    await q.query(`DROP TABLE branch_period_figures`);
    await q.query(`ALTER TABLE org_unit DROP COLUMN name_key`);
  }
}
