import { defaultFramework } from '@pathboard/frameworks';
import type { ValueMap } from '@pathboard/scoring';
import { createTestApp, type TestApp } from '../../test/test-app';
import { COMMUNITY_VALUES, REVIEW } from '../assessments/testing/assessment-ops';
import type { ImportResult } from './values-import.service';
import { countStatements, fillAssessment, fillTemplate, seedWorld, type World } from './testing/report-ops';
import { importDefaultFramework, importFile, PERIOD, RURAL_VALUES, templateOf } from './testing/suite-data';

/**
 * A committee import into assessments a branch is revising: the check names the returned ones (and
 * how many values each) before anything is written, and every branch whose quarter changed is told.
 */
describe('spreadsheet import into returned assessments (HTTP)', () => {
  let t: TestApp;
  let frameworkId: string;

  beforeAll(async () => {
    t = await createTestApp();
    frameworkId = await importDefaultFramework(t);
  });
  afterAll(() => t?.close());

  /** Branch `index` submits `values`, the district admin returns them with a comment. */
  async function returned(w: World, index: number, values: Record<string, unknown>) {
    const a = await fillAssessment(t, w, index, PERIOD, values, 'SUBMITTED');
    const r = await t.gql(REVIEW, { id: a.id, v: a.version, d: 'RETURN', c: '请补充台账' }, w.tokens.admin);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return a;
  }

  const importNotices = (w: World) =>
    t.dataSource.query(
      `SELECT user_id, target_type, target_id, payload, idempotency_key FROM notification
        WHERE district_id = $1 AND kind = 'VALUES_IMPORTED' ORDER BY idempotency_key, user_id`,
      [w.tree.district.id],
    ) as Promise<
      {
        user_id: string;
        target_type: string;
        target_id: string;
        payload: Record<string, unknown>;
        idempotency_key: string;
      }[]
    >;

  it('the check names the returned branches it would overwrite; the import notifies each changed branch once, in one insert', async () => {
    const w = await seedWorld(t, 'RT', frameworkId, [PERIOD]);
    const [a1] = w.tree.branches;
    const sent = await returned(w, 0, { ORG_THEME_DAYS: 3 });
    const draft = await fillAssessment(t, w, 1, PERIOD, { ORG_THEME_DAYS: 1 });
    const filled = await fillTemplate(
      await templateOf(t, w.tree.district.id, w.tokens.admin),
      defaultFramework,
      {
        'RTB-A1': COMMUNITY_VALUES as ValueMap,
        'RTB-A2': RURAL_VALUES,
        'RTB-B1': COMMUNITY_VALUES as ValueMap,
      },
    );
    const n = Object.keys(COMMUNITY_VALUES).length;

    const dry = await importFile(t, w.tokens.admin, filled, true);
    expect(dry.status).toBe(200);
    const check = dry.json<ImportResult>();
    expect(check.returnedBranches).toEqual([
      { row: 3, branchId: a1.id, code: 'RTB-A1', name: a1.name, values: n },
    ]);
    expect(await importNotices(w)).toEqual([]);

    const counting = countStatements(t.dataSource);
    let real: ImportResult;
    try {
      const res = await importFile(t, w.tokens.admin, filled);
      expect(res.status).toBe(200);
      real = res.json<ImportResult>();
    } finally {
      counting.stop();
    }
    expect(real.returnedBranches).toEqual(check.returnedBranches);
    expect(counting.statements.filter((s) => /INSERT INTO notification/.test(s))).toHaveLength(1);

    const notices = await importNotices(w);
    const byTarget = new Map(notices.map((x) => [x.target_id, x]));
    expect(notices).toHaveLength(3);
    expect(byTarget.get(sent.id)).toMatchObject({
      user_id: w.branchUserIds[0],
      target_type: 'Assessment',
      payload: { periodCode: PERIOD, count: n, returned: true },
      idempotency_key: `VALUES_IMPORTED:${sent.id}:${sent.version + 2}`,
    });
    expect(byTarget.get(draft.id)).toMatchObject({
      user_id: w.branchUserIds[1],
      payload: { periodCode: PERIOD, returned: false },
    });
    expect(notices.map((x) => x.user_id).sort()).toEqual(
      [w.branchUserIds[0], w.branchUserIds[1], w.branchUserIds[2]].sort(),
    );
    expect(notices.some((x) => x.user_id === w.adminId)).toBe(false);

    // The same file again changes nothing, so nobody is told anything new.
    const again = await importFile(t, w.tokens.admin, filled);
    expect(again.json<ImportResult>()).toMatchObject({ changedBranches: 0, returnedBranches: [] });
    expect(await importNotices(w)).toHaveLength(3);
  });

  it('a branch importing its own row is not notified of its own act', async () => {
    const w = await seedWorld(t, 'RS', frameworkId, [PERIOD]);
    const filled = await fillTemplate(
      await templateOf(t, w.branches[0].id, w.tokens.branches[0]),
      defaultFramework,
      { 'RSB-A1': COMMUNITY_VALUES as ValueMap },
    );
    const res = await importFile(t, w.tokens.branches[0], filled);
    expect(res.status).toBe(200);
    expect(res.json<ImportResult>().changedBranches).toBe(1);
    expect(await importNotices(w)).toEqual([]);
  });
});
