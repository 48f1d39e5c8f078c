import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A closed quarter's figures use the units as they were (docs/metrics.md "Closed quarters"): when a
 * period closes, each of its assessments keeps its branch's parent, path, sector, member count and
 * activity. Edits to the tree afterwards (a member count, a move, a sector change, a deactivation)
 * then change only open quarters. NULL while the period is open (the live tree counts). Periods
 * already closed are snapshotted from the tree as it is now, the best record there is.
 */
export class AssessmentUnitSnapshot1795430000000 implements MigrationInterface {
  name = 'AssessmentUnitSnapshot1795430000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE assessment
        ADD COLUMN unit_parent_id uuid,
        ADD COLUMN unit_path text,
        ADD COLUMN unit_sector org_unit_sector,
        ADD COLUMN unit_member_count integer,
        ADD COLUMN unit_active boolean`);
    await q.query(`
      UPDATE assessment a
         SET unit_parent_id = u.parent_id, unit_path = u.path, unit_sector = u.sector,
             unit_member_count = u.member_count, unit_active = u.active
        FROM org_unit u, period p
       WHERE u.id = a.branch_id AND p.id = a.period_id AND p.status = 'CLOSED'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE assessment
        DROP COLUMN unit_parent_id, DROP COLUMN unit_path, DROP COLUMN unit_sector,
        DROP COLUMN unit_member_count, DROP COLUMN unit_active`);
  }
}
