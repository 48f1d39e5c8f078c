import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `branch_period_figures.score_percents`: the reported score row's path percents as they are (an
 * element NULL when that path's score is missing), beside `path_percents` (the whole list or NULL,
 * what the branch table shows). The unit figures are now computed from the stored branch rows
 * (analytics/figures/figures-refresh.ts), and a path mean averages every branch's percent of that
 * path, so the rows carry the list the mean reads. Existing rows are filled from their reported
 * OFFICIAL score, as the scoreboard's branch statement writes them (a row only carrying a previous
 * total has none). Plain SQL that runs unchanged on PGlite and PostgreSQL.
 */
export class FiguresScorePercents1795640000000 implements MigrationInterface {
  name = 'FiguresScorePercents1795640000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE branch_period_figures ADD COLUMN score_percents float8[]`);
    await q.query(
      `UPDATE branch_period_figures f SET score_percents = s.path_percents::float8[]
         FROM assessment a
         JOIN assessment_score s ON s.district_id = a.district_id AND s.period_id = a.period_id
                                AND s.kind = 'OFFICIAL' AND s.assessment_id = a.id
        WHERE f.listed AND a.district_id = f.district_id AND a.period_id = f.period_id
          AND a.branch_id = f.branch_id AND a.status IN ('SUBMITTED', 'APPROVED')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE branch_period_figures DROP COLUMN score_percents`);
  }
}
