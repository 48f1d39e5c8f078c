import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each stored score keeps its path percents as one array, in the order of its framework's paths.
 * The committee scoreboard lists every branch with its four path percents: reading them from the
 * score row it already joins saves grouping ~20,000 assessment_path_score rows per request. The
 * per-path rows stay (points, reports, peer medians). Existing scores are backfilled from them.
 */
export class ScorePathPercents1795363220868 implements MigrationInterface {
  name = 'ScorePathPercents1795363220868';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE assessment_score ADD COLUMN path_percents numeric(6,2)[] NOT NULL DEFAULT '{}'`,
    );
    await q.query(`
      UPDATE assessment_score s
         SET path_percents = x.percents
        FROM (SELECT ps.assessment_id, ps.kind, array_agg(ps.percent ORDER BY fp.ord) AS percents
                FROM assessment_path_score ps
                JOIN assessment a ON a.id = ps.assessment_id
                JOIN framework f ON f.id = a.framework_id
                JOIN jsonb_array_elements(f.definition -> 'paths') WITH ORDINALITY AS fp(path, ord)
                  ON fp.path ->> 'code' = ps.path_code
               GROUP BY ps.assessment_id, ps.kind) x
       WHERE x.assessment_id = s.assessment_id AND x.kind = s.kind`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE assessment_score DROP COLUMN path_percents`);
  }
}
