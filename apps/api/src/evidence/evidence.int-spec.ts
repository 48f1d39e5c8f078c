import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import sharp from 'sharp';
import { createTestApp, type TestApp } from '../../test/test-app';
import { fillAssessment, getAssessment, seedWorld, type World } from '../reports/testing/report-ops';
import { auditCount, importDefaultFramework, PERIOD } from '../reports/testing/suite-data';
import {
  blobStoreOf,
  evidenceRequest,
  evidenceRowCount,
  EXECUTABLE,
  photo,
  SMALL_PDF,
  uploadEvidence,
} from './testing/evidence-ops';
import { startLocalS3, type LocalS3 } from './testing/s3rver';

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const INDICATOR = 'ORG_MEETINGS';
/** Small limits so the over-limit cases stay cheap: 50 KB per file, 60 KB per assessment. */
const LIMITS = { EVIDENCE_MAX_FILE_MB: String(50 / 1024), EVIDENCE_MAX_ASSESSMENT_MB: String(60 / 1024) };

/** The same suite on both stores: the local disk (default) and S3 (a real s3rver the suite starts). */
describe.each([
  ['disk', async () => ({ env: {}, close: async () => undefined }) as Pick<LocalS3, 'env' | 'close'>],
  ['S3 (s3rver)', startLocalS3],
])('evidence files on the %s store (HTTP)', (_store, startStore) => {
  let t: TestApp;
  let frameworkId: string;
  let store: Pick<LocalS3, 'env' | 'close'>;
  let dataDir: string;
  let worlds = 0;

  beforeAll(async () => {
    store = await startStore();
    dataDir = mkdtempSync(path.join(tmpdir(), 'pathboard-evidence-'));
    t = await createTestApp({ env: { DATA_DIR: dataDir, ...LIMITS, ...store.env } });
    frameworkId = await importDefaultFramework(t);
  });
  afterAll(async () => {
    await t?.close();
    await store?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** A district of its own per test, with the first branch's draft assessment. */
  async function world(): Promise<{ w: World; assessmentId: string }> {
    const w = await seedWorld(t, `EV${++worlds}`, frameworkId, [PERIOD]);
    const a = await getAssessment(t, w.tokens.branches[0], w.branches[0].id, PERIOD);
    return { w, assessmentId: a.id };
  }

  it('a branch attaches a photo and a PDF; the reviewer lists, downloads (audited) and gets a thumbnail', async () => {
    const { w, assessmentId } = await world();
    const jpeg = await photo('jpeg', 64);
    const up = await uploadEvidence(t, w.tokens.branches[0], assessmentId, INDICATOR, [
      { name: '主题党日.jpg', bytes: jpeg },
      { name: '会议记录.pdf', bytes: SMALL_PDF },
    ]);
    expect(up.status).toBe(201);
    const [image, pdf] = up.json().files;
    expect(image).toMatchObject({
      name: '主题党日.jpg',
      kind: 'IMAGE',
      mimeType: 'image/jpeg',
      sha256: sha(jpeg),
      sizeBytes: jpeg.length,
    });
    expect(pdf).toMatchObject({ name: '会议记录.pdf', kind: 'PDF', mimeType: 'application/pdf' });

    const list = await evidenceRequest(t, w.tokens.reviewer, `?assessmentId=${assessmentId}`);
    expect((list.json()['files'] as { id: string }[]).map((f) => f.id).sort()).toEqual(
      [image.id, pdf.id].sort(),
    );

    const file = await evidenceRequest(t, w.tokens.reviewer, `/${image.id}`);
    expect(file.status).toBe(200);
    expect(file.bytes.equals(jpeg)).toBe(true);
    expect(file.headers.get('content-type')).toBe('image/jpeg');
    expect(file.headers.get('content-disposition')).toContain(
      `inline; filename="evidence-${image.id}"; filename*=UTF-8''${encodeURIComponent('主题党日.jpg')}`,
    );
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(
      (await evidenceRequest(t, w.tokens.reviewer, `/${pdf.id}`)).headers.get('content-disposition'),
    ).toMatch(/^inline/);

    const thumb = await evidenceRequest(t, w.tokens.reviewer, `/${image.id}/thumbnail`);
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    expect(await sharp(thumb.bytes).metadata()).toMatchObject({ format: 'webp', width: 64, height: 64 });
    expect((await evidenceRequest(t, w.tokens.reviewer, `/${pdf.id}/thumbnail`)).json()).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_AN_IMAGE',
    });

    expect(await auditCount(t, w, 'EVIDENCE_UPLOADED')).toBe(2);
    expect(await auditCount(t, w, 'EVIDENCE_DOWNLOADED')).toBe(2);
    // The branch reading its own file is not a reviewer's download.
    expect((await evidenceRequest(t, w.tokens.branches[0], `/${image.id}`)).status).toBe(200);
    expect(await auditCount(t, w, 'EVIDENCE_DOWNLOADED')).toBe(2);
  });

  it('a phone HEIC photo gets a thumbnail and a JPEG preview; the original stays downloadable', async () => {
    const { w, assessmentId } = await world();
    const heic = readFileSync(path.join(__dirname, 'testing/fixtures/photo-64x48.heic'));
    const up = await uploadEvidence(t, w.tokens.branches[0], assessmentId, INDICATOR, [
      { name: 'IMG_0001.HEIC', bytes: heic },
    ]);
    expect(up.status).toBe(201);
    const file = up.json().files[0];
    expect(file).toMatchObject({ mimeType: 'image/heic', kind: 'IMAGE' });
    const thumb = await evidenceRequest(t, w.tokens.reviewer, `/${file.id}/thumbnail`);
    expect(thumb.status).toBe(200);
    expect(await sharp(thumb.bytes).metadata()).toMatchObject({ format: 'webp', width: 64, height: 48 });
    const preview = await evidenceRequest(t, w.tokens.branches[0], `/${file.id}/preview`);
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-type')).toBe('image/jpeg');
    expect(await sharp(preview.bytes).metadata()).toMatchObject({ format: 'jpeg', width: 64, height: 48 });
    expect((await evidenceRequest(t, w.tokens.reviewer, `/${file.id}`)).bytes.equals(heic)).toBe(true);
  });

  it("a reviewer downloads the assessment's evidence as a ZIP named by indicator (audited); a branch may not", async () => {
    const { w, assessmentId } = await world();
    const jpeg = await photo();
    await uploadEvidence(t, w.tokens.branches[0], assessmentId, INDICATOR, [
      { name: '签到表.jpg', bytes: jpeg },
      { name: '记录.pdf', bytes: SMALL_PDF },
    ]);
    await uploadEvidence(t, w.tokens.branches[0], assessmentId, 'ORG_THEME_DAYS', [
      { name: '活动.pdf', bytes: SMALL_PDF },
    ]);
    const res = await evidenceRequest(t, w.tokens.reviewer, `/archive.zip?assessmentId=${assessmentId}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('_2026Q4_佐证材料.zip'));
    const zip = await JSZip.loadAsync(res.bytes);
    const names = Object.keys(zip.files).sort();
    expect(names).toHaveLength(3);
    expect(names.filter((n) => n.startsWith('ORG_MEETINGS '))).toHaveLength(2);
    expect(names.some((n) => n.startsWith('ORG_THEME_DAYS ') && n.endsWith('/01 活动.pdf'))).toBe(true);
    const photoEntry = names.find((n) => n.endsWith('签到表.jpg'))!;
    expect(Buffer.from(await zip.file(photoEntry)!.async('uint8array')).equals(jpeg)).toBe(true);
    expect(await auditCount(t, w, 'EVIDENCE_ARCHIVE_DOWNLOADED')).toBe(1);
    expect(
      (await evidenceRequest(t, w.tokens.branches[0], `/archive.zip?assessmentId=${assessmentId}`)).status,
    ).toBe(403);
  });

  it('refuses bad files with a message naming the file and the reason, and keeps nothing of that upload', async () => {
    const { w, assessmentId } = await world();
    const good = await photo('png');
    const cases: { parts: { name: string; bytes: Buffer }[]; code: string; text: RegExp }[] = [
      {
        parts: [{ name: 'photo.jpg', bytes: EXECUTABLE }],
        code: 'TYPE_NOT_ACCEPTED',
        text: /photo\.jpg: its content is not one of/,
      },
      {
        parts: [{ name: 'empty.png', bytes: Buffer.alloc(0) }],
        code: 'EMPTY',
        text: /empty\.png: the file is empty/,
      },
      {
        parts: [{ name: 'big.png', bytes: Buffer.concat([good, Buffer.alloc(60 * 1024)]) }],
        code: 'TOO_LARGE',
        text: /big\.png: the file is larger than the limit of 50 KB/,
      },
      { parts: [{ name: '../../etc/cron.d/x.png', bytes: good }], code: 'BAD_NAME', text: /contains a path/ },
      // One good file with a bad one: the good one is not kept either.
      {
        parts: [
          { name: 'ok.png', bytes: good },
          { name: 'script.jpg', bytes: Buffer.from('#!/bin/sh\necho hi\n') },
        ],
        code: 'TYPE_NOT_ACCEPTED',
        text: /script\.jpg/,
      },
    ];
    for (const { parts, code, text } of cases) {
      const res = await uploadEvidence(t, w.tokens.branches[0], assessmentId, INDICATOR, parts);
      expect(res.status).toBe(400);
      const body = res.json() as unknown as {
        code: string;
        reason: string;
        message: string;
        files: { code: string }[];
      };
      expect(body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EVIDENCE_REFUSED' });
      expect(body.message).toMatch(text);
      expect(body.message).toContain('nothing was stored');
      expect(body.files.map((f) => f.code)).toContain(code);
    }
    expect(await evidenceRowCount(t, assessmentId)).toBe(0);
    expect(await blobStoreOf(t).has(sha(good))).toBe(false);
    expect(await blobStoreOf(t).has(sha(EXECUTABLE))).toBe(false);
    expect(await auditCount(t, w, 'EVIDENCE_UPLOADED')).toBe(0);
  });

  it('refuses an upload that would take the assessment over its total limit, naming the file', async () => {
    const { w, assessmentId } = await world();
    const first = await photo('png', 120);
    const second = await photo('png', 120);
    expect(first.length + second.length).toBeGreaterThan(60 * 1024);
    expect(
      (
        await uploadEvidence(t, w.tokens.branches[0], assessmentId, INDICATOR, [
          { name: 'a.png', bytes: first },
        ])
      ).status,
    ).toBe(201);
    const res = await uploadEvidence(t, w.tokens.branches[0], assessmentId, INDICATOR, [
      { name: 'b.png', bytes: second },
    ]);
    expect(res.status).toBe(400);
    expect(res.json()).toMatchObject({
      reason: 'EVIDENCE_REFUSED',
      files: [{ file: 'b.png', code: 'ASSESSMENT_LIMIT' }],
    });
    expect(await evidenceRowCount(t, assessmentId)).toBe(1);
    expect(await blobStoreOf(t).has(sha(second))).toBe(false);
  });

  it("another branch's file id answers exactly like a missing one, for every verb", async () => {
    const { w, assessmentId } = await world();
    const up = await uploadEvidence(t, w.tokens.branches[0], assessmentId, INDICATOR, [
      { name: 'p.jpg', bytes: await photo() },
    ]);
    const id = up.json().files[0].id;
    const missing = '00000000-0000-4000-8000-000000000000';
    const other = w.tokens.branches[1];
    for (const [suffix, method] of [
      ['', 'GET'],
      ['/thumbnail', 'GET'],
      ['', 'DELETE'],
    ] as const) {
      const foreign = await evidenceRequest(t, other, `/${id}${suffix}`, method);
      const absent = await evidenceRequest(t, other, `/${missing}${suffix}`, method);
      expect(foreign.status).toBe(404);
      expect(absent.status).toBe(404);
      expect(foreign.json()['message']).toBe(`EvidenceFile ${id} not found`);
      expect(absent.json()['message']).toBe(`EvidenceFile ${missing} not found`);
    }
    // Uploading to another branch's assessment, and listing it: the same.
    const into = await uploadEvidence(t, other, assessmentId, INDICATOR, [
      { name: 'x.jpg', bytes: await photo() },
    ]);
    expect(into.status).toBe(404);
    expect((await evidenceRequest(t, other, `?assessmentId=${assessmentId}`)).status).toBe(404);
    expect(await evidenceRowCount(t, assessmentId)).toBe(1);
    // A reviewer reads but never writes evidence.
    expect((await evidenceRequest(t, w.tokens.reviewer, `/${id}`, 'DELETE')).status).toBe(403);
  });

  it('refuses uploads and deletions once the assessment is approved', async () => {
    const { w, assessmentId } = await world();
    const kept = await uploadEvidence(t, w.tokens.branches[0], assessmentId, INDICATOR, [
      { name: 'kept.jpg', bytes: await photo() },
    ]);
    await fillAssessment(t, w, 0, PERIOD, {}, 'APPROVED');
    const late = await photo();
    const res = await uploadEvidence(t, w.tokens.branches[0], assessmentId, INDICATOR, [
      { name: 'late.jpg', bytes: late },
    ]);
    expect(res.status).toBe(400);
    expect(res.json()).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_EDITABLE', status: 'APPROVED' });
    expect(await blobStoreOf(t).has(sha(late))).toBe(false);
    const del = await evidenceRequest(t, w.tokens.branches[0], `/${kept.json().files[0].id}`, 'DELETE');
    expect(del.json()).toMatchObject({ reason: 'NOT_EDITABLE' });
    expect(await evidenceRowCount(t, assessmentId)).toBe(1);
  });

  it('a draft with evidence but no values is not an untouched draft: its branch cannot become a parent', async () => {
    const { w, assessmentId } = await world();
    expect(
      (
        await uploadEvidence(t, w.tokens.branches[0], assessmentId, INDICATOR, [
          { name: 'p.jpg', bytes: await photo() },
        ])
      ).status,
    ).toBe(201);
    const r = await t.gql(
      'mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }',
      {
        input: {
          parentId: w.branches[0].id,
          code: `${w.branches[0].code}-1`,
          name: '第一党小组',
          kind: 'BRANCH',
          sector: 'COMMUNITY',
        },
      },
      w.tokens.admin,
    );
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ASSESSED_PARENT' });
    expect(await evidenceRowCount(t, assessmentId)).toBe(1);
  });

  it('an unknown indicator is refused by name', async () => {
    const { w, assessmentId } = await world();
    const res = await uploadEvidence(t, w.tokens.branches[0], assessmentId, 'NO_SUCH_INDICATOR', [
      { name: 'p.jpg', bytes: await photo() },
    ]);
    expect(res.json()).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'indicatorCode',
      indicator: 'NO_SUCH_INDICATOR',
    });
  });

  it('keeps one copy of identical bytes and deletes it only when no value references it any more', async () => {
    const { w } = await world();
    const shared = await photo('webp');
    const ids: string[] = [];
    for (const i of [0, 1]) {
      const a = await getAssessment(t, w.tokens.branches[i], w.branches[i].id, PERIOD);
      const up = await uploadEvidence(t, w.tokens.branches[i], a.id, INDICATOR, [
        { name: `same-${i}.webp`, bytes: shared },
      ]);
      expect(up.status).toBe(201);
      ids.push(up.json().files[0].id);
    }
    const store = blobStoreOf(t);
    expect((await evidenceRequest(t, w.tokens.branches[0], `/${ids[0]}`, 'DELETE')).status).toBe(204);
    expect(await store.has(sha(shared))).toBe(true);
    expect((await evidenceRequest(t, w.tokens.branches[1], `/${ids[1]}`)).bytes.equals(shared)).toBe(true);
    expect((await evidenceRequest(t, w.tokens.branches[1], `/${ids[1]}`, 'DELETE')).status).toBe(204);
    expect(await store.has(sha(shared))).toBe(false);
    expect(await auditCount(t, w, 'EVIDENCE_DELETED')).toBe(2);
  });
});
