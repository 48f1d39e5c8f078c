import type { AuthUser } from '../auth/auth-user';
import { Role } from '../auth/role.enum';
import { GET_ASSESSMENT } from '../assessments/testing/assessment-ops';
import { createRectificationFixture } from '../rectification/testing/rectification-fixture';
import { useSuite } from '../../test/use-suite';
import { RemindersService } from './reminders.service';

/** 催报 is once per branch per district day: the day of the configured zone, not Shanghai's. */
describe('催报 in a district on Urumqi time (UTC+6)', () => {
  const suite = useSuite(() => createRectificationFixture({ DISTRICT_TIME_ZONE: 'Asia/Urumqi' }));

  it('counts the day on the district’s calendar', async () => {
    const { t, tree, ok } = suite;
    await ok(GET_ASSESSMENT, { branchId: tree.branches[1].id, period: '2026Q2' }, 'branch2');
    const [admin] = await t.dataSource.query(
      `SELECT u.id, u.username, u.display_name, u.scope_unit_id, u.district_id, s.path
         FROM app_user u JOIN org_unit s ON s.id = u.scope_unit_id WHERE u.role = $1`,
      [Role.ADMIN],
    );
    const user: AuthUser = {
      id: admin.id,
      username: admin.username,
      displayName: admin.display_name,
      role: Role.ADMIN,
      scopeUnitId: admin.scope_unit_id,
      scopePath: admin.path,
      districtId: admin.district_id,
    };
    const remind = (at: string) =>
      t.app.get(RemindersService).remindUnsubmitted(user, '2026Q2', tree.streets[0].id, new Date(at));
    const branches = [tree.branches[0].id, tree.branches[1].id].sort();

    // 23:30 on 10 April in Urumqi (already the 11th in Shanghai).
    const late = await remind('2026-04-10T17:30:00Z');
    expect([late.day, [...late.remindedBranchIds].sort()]).toEqual(['2026-04-10', branches]);
    // 07:00 on the 11th in Urumqi: a new district day, so the branches are reminded again.
    const morning = await remind('2026-04-11T01:00:00Z');
    expect([morning.day, [...morning.remindedBranchIds].sort()]).toEqual(['2026-04-11', branches]);
    // Later that day: already reminded today.
    const again = await remind('2026-04-11T10:00:00Z');
    expect([again.remindedBranchIds, [...again.alreadyRemindedBranchIds].sort()]).toEqual([[], branches]);
  });
});
