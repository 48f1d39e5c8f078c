import { useRectificationSuite } from '../rectification/rectification.int-fixtures';
import type { RectificationWho } from '../rectification/testing/rectification-fixture';
import { evidenceRequest, EXECUTABLE, photo, SMALL_PDF, type UploadPart } from './testing/evidence-ops';

const FILE = `id name kind url thumbnailUrl`;
const ITEM = `id status version pendingFiles { ${FILE} } history { action files { ${FILE} } }`;
const CREATE = `mutation ($input: CreateRectificationInput!) { createRectification(input: $input) { ${ITEM} } }`;
const ANSWER = `mutation ($input: AnswerRectificationInput!) { answerRectification(input: $input) { ${ITEM} } }`;
const LIST = `query { rectifications { ${ITEM} } }`;

interface File {
  id: string;
  name: string;
  kind: string;
  url: string;
  thumbnailUrl: string | null;
}
interface Item {
  id: string;
  status: string;
  version: number;
  pendingFiles: File[];
  history: { action: string; files: File[] }[];
}
type Who = RectificationWho;

describe('evidence on rectification answers (整改佐证)', () => {
  const suite = useRectificationSuite();

  async function upload(who: Who, itemId: string, parts: UploadPart[]) {
    const { t, tokens } = suite;
    const form = new FormData();
    for (const part of parts) form.append('files', new Blob([new Uint8Array(part.bytes)]), part.name);
    const res = await fetch(`${t.url}/api/evidence?rectificationItemId=${itemId}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens[who]}` },
      body: form,
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  it('the branch attaches files to its answer; the reviewer in scope reads them on the history', async () => {
    const { t, tokens, assessmentId, ok } = suite;
    const input = {
      assessmentId,
      indicatorCode: 'ORG_THEME_DAYS',
      problem: '主题党日开展不足',
      requiredAction: '补开主题党日',
      deadline: '2099-03-01T16:00:00.000Z',
    };
    const item = (await ok<{ createRectification: Item }>(CREATE, { input }, 'reviewer')).createRectification;
    const jpeg = await photo('jpeg', 24);

    // Only the item's own branch uploads: another branch and an unknown id get the same "missing".
    const foreign = await upload('branch2', item.id, [{ name: 'x.jpg', bytes: jpeg }]);
    const unknown = await upload('branch', '00000000-0000-4000-8000-000000000000', [
      { name: 'x.jpg', bytes: jpeg },
    ]);
    expect([foreign.status, unknown.status]).toEqual([404, 404]);
    expect(foreign.body['message']).toBe(`RectificationItem ${item.id} not found`);
    expect((await upload('reviewer', item.id, [{ name: 'x.jpg', bytes: jpeg }])).status).toBe(403);
    // The same content checks as any evidence: all or nothing.
    const refused = await upload('branch', item.id, [
      { name: '照片.jpg', bytes: jpeg },
      { name: 'photo.jpg', bytes: EXECUTABLE },
    ]);
    expect(refused.status).toBe(400);
    expect(refused.body['files']).toEqual([
      expect.objectContaining({ file: 'photo.jpg', code: 'TYPE_NOT_ACCEPTED' }),
    ]);

    const sent = await upload('branch', item.id, [
      { name: '主题党日照片.jpg', bytes: jpeg },
      { name: '整改报告.pdf', bytes: SMALL_PDF },
    ]);
    expect(sent.status).toBe(201);
    const [photoFile, pdfFile] = sent.body['files'] as { id: string }[];
    // Waiting for the answer: listed on the item, not among the assessment's value evidence.
    let [mine] = (await ok<{ rectifications: Item[] }>(LIST, {}, 'branch')).rectifications;
    expect(mine.pendingFiles.map((f) => f.name)).toEqual(['主题党日照片.jpg', '整改报告.pdf']);
    const values = await evidenceRequest(t, tokens.branch, `?assessmentId=${assessmentId}`);
    expect(values.json()['files']).toEqual([]);
    // Removable while pending.
    expect((await evidenceRequest(t, tokens.branch, `/${pdfFile.id}`, 'DELETE')).status).toBe(204);

    const answered = (
      await ok<{ answerRectification: Item }>(
        ANSWER,
        { input: { id: item.id, expectedVersion: mine.version, measures: '已补开主题党日' } },
        'branch',
      )
    ).answerRectification;
    expect(answered.status).toBe('ANSWERED');
    expect(answered.pendingFiles).toEqual([]);
    expect(answered.history.map((h) => [h.action, h.files.map((f) => f.name)])).toEqual([
      ['CREATE', []],
      ['ANSWER', ['主题党日照片.jpg']],
    ]);
    const [file] = answered.history[1].files;
    expect(file).toMatchObject({
      id: photoFile.id,
      kind: 'IMAGE',
      url: `/api/evidence/${photoFile.id}`,
      thumbnailUrl: `/api/evidence/${photoFile.id}/thumbnail`,
    });

    // The reviewer in scope sees the same history and downloads the bytes; out of scope: missing.
    [mine] = (await ok<{ rectifications: Item[] }>(LIST, {}, 'reviewer')).rectifications;
    expect(mine.history[1].files.map((f) => f.id)).toEqual([photoFile.id]);
    const bytes = await evidenceRequest(t, tokens.reviewer, `/${photoFile.id}`);
    expect(bytes.status).toBe(200);
    expect(bytes.bytes.equals(jpeg)).toBe(true);
    expect((await evidenceRequest(t, tokens.reviewer, `/${photoFile.id}/thumbnail`)).status).toBe(200);
    expect((await evidenceRequest(t, tokens.reviewerB, `/${photoFile.id}`)).status).toBe(404);
    expect((await evidenceRequest(t, tokens.branch2, `/${photoFile.id}`)).status).toBe(404);
    const [audit] = await t.dataSource.query(
      `SELECT after FROM audit_event WHERE action = 'RECTIFICATION_ANSWERED' AND target_id = $1`,
      [item.id],
    );
    expect(audit.after.files).toEqual([photoFile.id]);

    // Sent with the answer, the file stays in the history: no removal, no new files while ANSWERED.
    const del = await evidenceRequest(t, tokens.branch, `/${photoFile.id}`, 'DELETE');
    expect([del.status, del.json()['reason']]).toEqual([400, 'NOT_EDITABLE']);
    const late = await upload('branch', item.id, [{ name: 'late.pdf', bytes: SMALL_PDF }]);
    expect([late.status, late.body['reason']]).toEqual([400, 'NOT_EDITABLE']);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM evidence_file WHERE rectification_item_id = $1`,
      [item.id],
    );
    expect(n).toBe(1);
  });
});
