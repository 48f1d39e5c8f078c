import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipBombWorkbook } from '@pathboard/reports/testing';
import { createTestApp, type TestApp } from '../../test/test-app';
import { CLOSE_PERIOD, IMPORT_FRAMEWORK } from '../assessments/testing/assessment-ops';
import { uploadEvidence } from '../evidence/testing/evidence-ops';
import { getAssessment, seedWorld, upload, type World } from '../reports/testing/report-ops';
import { importDefaultFramework, importFile, PERIOD } from '../reports/testing/suite-data';

interface AuditRow {
  actor_id: string;
  target_type: string;
  target_id: string | null;
  after: { refusal: { status: number; code: string; reason: string | null; message: string } } & Record<
    string,
    unknown
  >;
}

/** Every refused import and upload leaves an audit row naming who, what and why (issue 10, item 19). */
describe('refusals are audited (HTTP and GraphQL)', () => {
  let t: TestApp;
  let frameworkId: string;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'pathboard-refusals-'));
    t = await createTestApp({ env: { DATA_DIR: dataDir, EVIDENCE_MAX_FILE_MB: String(50 / 1024) } });
    frameworkId = await importDefaultFramework(t);
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const rows = async (w: World, action: string): Promise<AuditRow[]> =>
    t.dataSource.query(
      `SELECT actor_id, target_type, target_id, "after" FROM audit_event
        WHERE action = $1 AND district_id = $2 ORDER BY created_at, id`,
      [action, w.tree.district.id],
    );

  it('values import: a bad file, a zip bomb, an unsupported body, a missing period and a closed one', async () => {
    const w = await seedWorld(t, 'RA', frameworkId, [PERIOD]);
    const [{ id: periodId }]: { id: string }[] = await t.dataSource.query(
      `SELECT id FROM period WHERE district_id = $1 AND code = $2`,
      [w.tree.district.id, PERIOD],
    );
    const notXlsx = Buffer.from('this is not a workbook');
    expect((await importFile(t, w.tokens.admin, notXlsx)).status).toBe(400);
    expect((await importFile(t, w.tokens.admin, await zipBombWorkbook({ chunks: 200 }))).status).toBe(400);
    expect(
      (await upload(t, `/api/imports/values?period=${PERIOD}`, w.tokens.admin, notXlsx, 'text/plain')).status,
    ).toBe(415);
    expect((await upload(t, `/api/imports/values?period=2031Q1`, w.tokens.admin, notXlsx)).status).toBe(404);
    expect((await t.gql(CLOSE_PERIOD, { id: periodId }, w.tokens.admin)).errors).toBeUndefined();
    expect((await importFile(t, w.tokens.admin, notXlsx)).status).toBe(400);

    const audited = await rows(w, 'IMPORT_REFUSED');
    expect(
      audited.map((r) => [r.after.refusal.status, r.after.refusal.code, r.after.refusal.reason]),
    ).toEqual([
      [400, 'BAD_USER_INPUT', 'INVALID_IMPORT'],
      [400, 'BAD_USER_INPUT', 'INVALID_IMPORT'],
      [415, 'UNSUPPORTED_MEDIA_TYPE', null],
      [404, 'NOT_FOUND', null],
      [400, 'BAD_USER_INPUT', 'PERIOD_CLOSED'],
    ]);
    expect(audited.every((r) => r.actor_id === w.adminId && r.target_type === 'Period')).toBe(true);
    // The file's hash and size once it was read; the period when it exists.
    expect(audited[0]).toMatchObject({
      target_id: periodId,
      after: {
        import: 'values',
        period: PERIOD,
        bytes: notXlsx.length,
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    });
    expect(audited[1].after).toMatchObject({ codes: ['FILE_TOO_LARGE_UNCOMPRESSED'] });
    expect(audited[3]).toMatchObject({ target_id: null, after: { period: '2031Q1' } });
  });

  it('evidence upload: a refused file type and an oversized file are audited against the assessment', async () => {
    const w = await seedWorld(t, 'RE', frameworkId, [PERIOD]);
    const a = await getAssessment(t, w.tokens.branches[0], w.branches[0].id, PERIOD);
    const script = await uploadEvidence(t, w.tokens.branches[0], a.id, 'ORG_MEETINGS', [
      { name: 'script.jpg', bytes: Buffer.from('#!/bin/sh\necho hi\n') },
    ]);
    expect(script.status).toBe(400);
    const big = await uploadEvidence(t, w.tokens.branches[0], a.id, 'ORG_MEETINGS', [
      { name: 'big.pdf', bytes: Buffer.alloc(80 * 1024, 1) },
    ]);
    expect(big.status).toBe(400);
    const audited = await rows(w, 'EVIDENCE_UPLOAD_REFUSED');
    expect(audited).toHaveLength(2);
    for (const r of audited) {
      expect(r).toMatchObject({ actor_id: w.branchUserIds[0], target_type: 'Assessment', target_id: a.id });
      expect(r.after).toMatchObject({
        indicatorCode: 'ORG_MEETINGS',
        refusal: { status: 400, code: 'BAD_USER_INPUT' },
      });
    }
    expect(audited[0].after.refusal.message).toContain('script.jpg');
  });

  it('framework import: an invalid definition is audited with its code and problem count', async () => {
    const w = await seedWorld(t, 'RF', frameworkId, [PERIOD]);
    const r = await t.gql(
      IMPORT_FRAMEWORK,
      { d: { code: 'BROKEN', name: { zh: '坏', en: 'Bad' }, paths: 7 } },
      w.tokens.admin,
    );
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const audited = await rows(w, 'FRAMEWORK_IMPORT_REFUSED');
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({
      actor_id: w.adminId,
      target_type: 'Framework',
      after: { code: 'BROKEN', problems: expect.any(Number), refusal: { code: 'BAD_USER_INPUT' } },
    });
  });
});
