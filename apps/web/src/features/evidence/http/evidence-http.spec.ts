import { createTestI18n } from '../../../test-support/i18n';
import { readUploadFailure, uploadEvidenceFile } from './evidence-http';
import { refusalText } from './refusal-text';

/** What the API answers a refused upload with (docs/evidence.md). */
const REFUSED = JSON.stringify({
  code: 'BAD_USER_INPUT',
  reason: 'EVIDENCE_REFUSED',
  message: 'upload refused, nothing was stored: 大.jpg: the file is larger than the limit of 20 MB',
  files: [{ file: '大.jpg', code: 'TOO_LARGE', reason: 'the file is larger than the limit of 20 MB' }],
});

/** A stand-in XMLHttpRequest that answers with `status`/`body` after reporting upload progress. */
function fakeRequest(status: number, body: string) {
  const sent: { method?: string; url?: string; headers: Record<string, string>; form?: FormData } = {
    headers: {},
  };
  const xhr = {
    upload: {} as { onprogress?: (e: { lengthComputable: boolean; loaded: number; total: number }) => void },
    status: 0,
    responseText: '',
    onload: null as null | (() => void),
    onerror: null as null | (() => void),
    onabort: null as null | (() => void),
    open: (method: string, url: string) => Object.assign(sent, { method, url }),
    setRequestHeader: (name: string, value: string) => (sent.headers[name] = value),
    send: (form: FormData) => {
      sent.form = form;
      xhr.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 200 });
      xhr.upload.onprogress?.({ lengthComputable: true, loaded: 200, total: 200 });
      xhr.status = status;
      xhr.responseText = body;
      xhr.onload?.();
    },
  };
  return { xhr: xhr as unknown as XMLHttpRequest, sent };
}

describe('evidence uploads', () => {
  it('posts the file as multipart `files` with the token and reports progress', async () => {
    const { xhr, sent } = fakeRequest(201, '{"files":[]}');
    const progress: number[] = [];
    const outcome = await uploadEvidenceFile({
      assessmentId: 'a 1',
      indicatorCode: 'ORG_MEETINGS',
      file: new File(['x'], '签到表.jpg'),
      token: 'T0K',
      onProgress: (p) => progress.push(p),
      createRequest: () => xhr,
    });
    expect(outcome).toEqual({ ok: true });
    expect(sent).toMatchObject({
      method: 'POST',
      url: '/api/evidence?assessmentId=a+1&indicatorCode=ORG_MEETINGS',
      headers: { Authorization: 'Bearer T0K' },
    });
    expect((sent.form!.get('files') as File).name).toBe('签到表.jpg');
    expect(progress).toEqual([25, 100]);
  });

  it('sends a rectification answer’s file to its item, not to an indicator value', async () => {
    const { xhr, sent } = fakeRequest(201, '{"files":[]}');
    await uploadEvidenceFile({
      assessmentId: 'a1',
      indicatorCode: 'ORG_MEETINGS',
      rectificationItemId: 'r1',
      file: new File(['x'], '整改报告.pdf'),
      token: 'T0K',
      createRequest: () => xhr,
    });
    expect(sent.url).toBe('/api/evidence?rectificationItemId=r1');
  });

  it('reads a refusal: the file, the code and the reason', async () => {
    const { xhr } = fakeRequest(400, REFUSED);
    const outcome = await uploadEvidenceFile({
      assessmentId: 'a',
      indicatorCode: 'ORG_MEETINGS',
      file: new File(['x'], '大.jpg'),
      token: null,
      createRequest: () => xhr,
    });
    expect(outcome).toMatchObject({
      ok: false,
      status: 400,
      refusals: [{ file: '大.jpg', code: 'TOO_LARGE' }],
    });
  });

  it('an answer without a file list (closed period, HTML error page) still names the file', () => {
    expect(
      readUploadFailure(
        400,
        '{"code":"BAD_USER_INPUT","reason":"PERIOD_CLOSED","message":"closed"}',
        'a.pdf',
      ),
    ).toMatchObject({ refusals: [{ file: 'a.pdf', code: 'PERIOD_CLOSED', reason: 'closed' }] });
    expect(readUploadFailure(502, '<html>', 'a.pdf')).toMatchObject({
      refusals: [{ file: 'a.pdf', code: '502', reason: 'HTTP 502' }],
    });
  });
});

describe('refusalText', () => {
  it('names the file and the reason in Chinese, with the limit, in full-width punctuation', () => {
    const t = createTestI18n('zh-CN').t;
    expect(
      refusalText(
        { file: '大.jpg', code: 'TOO_LARGE', reason: 'the file is larger than the limit of 20 MB' },
        t,
      ),
    ).toBe('大.jpg 未上传：文件超过大小上限（20 MB）');
    expect(refusalText({ file: 'virus.jpg', code: 'TYPE_NOT_ACCEPTED', reason: 'x' }, t)).toBe(
      'virus.jpg 未上传：文件内容不是可接受的类型（照片、PDF、Word 或 Excel；只看内容，不看扩展名）',
    );
    expect(refusalText({ file: 'e.png', code: 'EMPTY', reason: 'the file is empty' }, t)).toBe(
      'e.png 未上传：文件是空的',
    );
  });

  it('in English, and an unknown code shows the server message', () => {
    const t = createTestI18n('en').t;
    expect(
      refusalText({ file: 'b.png', code: 'ASSESSMENT_LIMIT', reason: 'would exceed 200 MB in total' }, t),
    ).toBe("b.png was not uploaded: the assessment's files would exceed the total limit (200 MB)");
    expect(refusalText({ file: 'c.pdf', code: 'PERIOD_CLOSED', reason: 'the period is closed' }, t)).toBe(
      'c.pdf was not uploaded: the period is closed',
    );
  });
});
