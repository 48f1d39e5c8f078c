import * as XLSX from 'xlsx';
import { defaultFramework } from '@pathboard/frameworks';
import { scoreDual, type IndicatorValuePair, type ValueMap } from '@pathboard/scoring';
import { createTestApp, type TestApp } from '../../test/test-app';
import { COMMUNITY_VALUES } from '../assessments/testing/assessment-ops';
import { holdLocks, waitForLockWaiters } from '../periods/testing/lock-holder';
import type { ImportResult } from './values-import.service';
import {
  download,
  fillAssessment,
  fillTemplate,
  getAssessment,
  seedWorld,
  type AssessmentView,
} from './testing/report-ops';
import {
  auditCount,
  importDefaultFramework,
  importFile,
  PERIOD,
  RURAL_VALUES,
  snapshot,
  templateOf,
} from './testing/suite-data';

describe('spreadsheet import (HTTP)', () => {
  let t: TestApp;
  let frameworkId: string;

  beforeAll(async () => {
    t = await createTestApp();
    frameworkId = await importDefaultFramework(t);
  });
  afterAll(() => t?.close());

  /** The values as libs/scoring takes them, from the assessment query. */
  const pairsOf = (a: AssessmentView): Record<string, IndicatorValuePair> =>
    Object.fromEntries(
      a.values.map((v) => [
        v.indicatorCode,
        { self: v.selfValue, reviewed: v.reviewedValue ?? undefined } as IndicatorValuePair,
      ]),
    );
  const selfPairs = (values: Record<string, unknown>): Record<string, IndicatorValuePair> =>
    Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { self: v } as IndicatorValuePair]));

  it('template → fill → import: counts per branch, scores equal libs/scoring on the same values, one version bump, audited', async () => {
    const w = await seedWorld(t, 'IM', frameworkId, [PERIOD]);
    const [a1, a2] = w.tree.branches;
    const saved = await fillAssessment(t, w, 0, PERIOD, {
      ORG_MEETINGS: { numerator: 5, denominator: 12 },
      ORG_THEME_DAYS: 2,
    });

    const tpl = await download(
      t,
      `/api/imports/template.xlsx?unitId=${w.tree.streets[0].id}&period=${PERIOD}`,
      w.tokens.reviewer,
    );
    expect(tpl.status).toBe(200);
    expect(tpl.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(tpl.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('IMA街道_2026Q4_导入模板.xlsx')}`,
    );
    const rows = XLSX.utils
      .sheet_to_json<Record<string, unknown>>(XLSX.read(tpl.body, { type: 'buffer' }).Sheets['填报'])
      .slice(1);
    expect(rows.map((r) => r['BRANCH_CODE'])).toEqual(['IMB-A1', 'IMB-A2']);
    expect(rows[0]).toMatchObject({
      'ORG_MEETINGS.numerator': 5,
      'ORG_MEETINGS.denominator': 12,
      ORG_THEME_DAYS: 2,
    });

    const filled = await fillTemplate(tpl.body, defaultFramework, {
      'IMB-A1': COMMUNITY_VALUES as ValueMap,
      'IMB-A2': RURAL_VALUES,
    });
    const res = await importFile(t, w.tokens.reviewer, filled);
    expect(res.status).toBe(200);
    const body = res.json<ImportResult>();
    const n = Object.keys(COMMUNITY_VALUES).length;
    expect(body).toMatchObject({ period: PERIOD, dryRun: false, applied: true });
    expect(body.branches).toEqual([
      { row: 3, branchId: a1.id, code: 'IMB-A1', name: 'IMB-A1', imported: n - 2, updated: 1, unchanged: 1 },
      { row: 4, branchId: a2.id, code: 'IMB-A2', name: 'IMB-A2', imported: n + 1, updated: 0, unchanged: 0 },
    ]);
    expect(body).toMatchObject({
      counts: { imported: 2 * n - 1, updated: 1, unchanged: 1 },
      rows: 2,
      changedBranches: 2,
    });

    for (const [branch, values, sector] of [
      [a1, COMMUNITY_VALUES, 'COMMUNITY'],
      [a2, RURAL_VALUES, 'RURAL'],
    ] as const) {
      const a = await getAssessment(t, w.tokens.admin, branch.id, PERIOD);
      expect(Object.fromEntries(a.values.map((v) => [v.indicatorCode, v.selfValue]))).toEqual(values);
      const expected = scoreDual(defaultFramework, pairsOf(a), { sector });
      expect(a.selfScore).toMatchObject({ total: expected.self.total, gradeCode: expected.self.grade.code });
      expect(a.officialScore).toMatchObject({
        total: expected.official.total,
        gradeCode: expected.official.grade.code,
      });
      // The same figures as entering the values by hand: scored from the file's values directly.
      const direct = scoreDual(defaultFramework, selfPairs(values), { sector });
      expect(a.selfScore!.total).toBe(direct.self.total);
    }
    expect((await getAssessment(t, w.tokens.admin, a1.id, PERIOD)).version).toBe(saved.version + 1);
    expect((await getAssessment(t, w.tokens.admin, a2.id, PERIOD)).version).toBe(2);

    const events: {
      action: string;
      target_id: string;
      before: { version: number };
      after: { version: number; values: Record<string, unknown> };
    }[] = await t.dataSource.query(
      `SELECT action, target_id, before, after FROM audit_event WHERE district_id = $1 AND action IN ('IMPORT', 'VALUES_IMPORTED') ORDER BY id`,
      [w.tree.district.id],
    );
    expect(events.map((e) => e.action)).toEqual(['IMPORT', 'IMPORT', 'VALUES_IMPORTED']);
    expect(events[0]).toMatchObject({
      target_id: saved.id,
      before: { version: saved.version },
      after: { version: saved.version + 1 },
    });
    expect(Object.keys(events[0].after.values)).toHaveLength(n - 1);
    expect(events[0].after.values['ORG_MEETINGS']).toEqual({ self: { numerator: 11, denominator: 12 } });
    expect(events[2].after).toMatchObject({ period: PERIOD, counts: body.counts, rows: 2 });
  });

  it('a dry run reports the same counts and changes nothing', async () => {
    const w = await seedWorld(t, 'DR', frameworkId, [PERIOD]);
    const filled = await fillTemplate(
      await templateOf(t, w.tree.district.id, w.tokens.admin),
      defaultFramework,
      { 'DRB-B1': COMMUNITY_VALUES as ValueMap },
    );
    const before = await snapshot(t, w);
    const dry = await importFile(t, w.tokens.admin, filled, true);
    expect(dry.status).toBe(200);
    const dryResult = dry.json<ImportResult>();
    expect(dryResult).toMatchObject({ dryRun: true, applied: false, rows: 4, changedBranches: 1 });
    expect(dryResult.counts).toEqual({
      imported: Object.keys(COMMUNITY_VALUES).length,
      updated: 0,
      unchanged: 0,
    });
    expect(await snapshot(t, w)).toEqual(before);
    expect(await auditCount(t, w, 'IMPORT')).toBe(0);
    expect(await auditCount(t, w, 'VALUES_IMPORTED')).toBe(0);

    const real = await importFile(t, w.tokens.admin, filled);
    expect(real.json<ImportResult>()).toEqual({ ...dryResult, dryRun: false, applied: true });
  });

  it('re-importing the same file (or the re-downloaded template) says unchanged and changes nothing', async () => {
    const w = await seedWorld(t, 'RE', frameworkId, [PERIOD]);
    const filled = await fillTemplate(
      await templateOf(t, w.tree.district.id, w.tokens.admin),
      defaultFramework,
      {
        'REB-A1': COMMUNITY_VALUES as ValueMap,
        'REB-A2': RURAL_VALUES,
      },
    );
    expect((await importFile(t, w.tokens.admin, filled)).status).toBe(200);
    const before = await snapshot(t, w);
    const audits = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE district_id = $1`,
      [w.tree.district.id],
    );

    for (const file of [filled, await templateOf(t, w.tree.district.id, w.tokens.admin)]) {
      const again = await importFile(t, w.tokens.admin, file);
      expect(again.status).toBe(200);
      const n = Object.keys(COMMUNITY_VALUES).length;
      expect(again.json<ImportResult>()).toMatchObject({
        counts: { imported: 0, updated: 0, unchanged: 2 * n + 1 },
        rows: 4,
        changedBranches: 0,
      });
    }
    expect(await snapshot(t, w)).toEqual(before);
    expect(
      await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE district_id = $1`, [
        w.tree.district.id,
      ]),
    ).toEqual(audits);
  });

  // Forcing the interleaving needs a second connection: PostgreSQL only.
  (process.env['TEST_DATABASE_URL'] ? it : it.skip)(
    'a deactivation committed while the import waits for the assessment refuses the row (BRANCH_INACTIVE), nothing written',
    async () => {
      const w = await seedWorld(t, 'DW', frameworkId, [PERIOD]);
      const a2 = w.branches[1];
      const file = await fillTemplate(
        await templateOf(t, w.tree.district.id, w.tokens.admin),
        defaultFramework,
        { 'DWB-A2': RURAL_VALUES },
      );
      const { id } = await getAssessment(t, w.tokens.admin, a2.id, PERIOD);
      // As OrgUnitsService.update deactivates a branch: its open assessments locked, then the flag written.
      const holder = await holdLocks(
        t.dataSource,
        `SELECT id FROM assessment WHERE id = $1 FOR NO KEY UPDATE`,
        [id],
      );
      let importing: ReturnType<typeof importFile> | undefined;
      try {
        importing = importFile(t, w.tokens.admin, file);
        await waitForLockWaiters(t.dataSource, 1);
        await holder.query(`UPDATE org_unit SET active = false WHERE id = $1`, [a2.id]);
        await holder.commit();
      } finally {
        await holder.release();
      }
      const res = await importing!;
      expect(res.status).toBe(400);
      expect(res.json()).toMatchObject({
        reason: 'INVALID_IMPORT',
        errors: [{ row: 4, code: 'BRANCH_INACTIVE', field: 'BRANCH_CODE' }],
      });
      expect((await getAssessment(t, w.tokens.admin, a2.id, PERIOD)).values).toEqual([]);
    },
  );
});
