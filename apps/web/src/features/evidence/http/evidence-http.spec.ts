import { createTestI18n } from '../../../test-support/i18n';
import { readUploadFailure, uploadEvidenceFile } from './evidence-http';
import { describeRefusal, failureReason, refusalAdviceKey, refusalText } from './refusal-text';

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
    ).toMatchObject({ refusals: [{ file: 'a.pdf', code: 'PERIOD_CLOSED', reason: 'closed', status: 400 }] });
    expect(readUploadFailure(502, '<html>', 'a.pdf')).toMatchObject({
      refusals: [{ file: 'a.pdf', code: '502', reason: 'HTTP 502', status: 502 }],
    });
    // The server's own Chinese sentence is kept for the reader.
    expect(
      readUploadFailure(
        400,
        '{"code":"BAD_USER_INPUT","reason":"NOT_EDITABLE","message":"the assessment is submitted","messageZh":"该考评当前为“已提交”，佐证材料不能再修改"}',
        'a.pdf',
      ).refusals[0],
    ).toMatchObject({ code: 'NOT_EDITABLE', messageZh: '该考评当前为“已提交”，佐证材料不能再修改' });
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

  it('in English, a closed period by its own sentence', () => {
    const t = createTestI18n('en').t;
    expect(
      refusalText(
        { file: 'b.png', code: 'ASSESSMENT_LIMIT', reason: 'would exceed 200 MB in total' },
        t,
        'en',
      ),
    ).toBe("b.png was not uploaded: the assessment's files would exceed the total limit (200 MB)");
    expect(
      refusalText({ file: 'c.pdf', code: 'PERIOD_CLOSED', reason: 'the period is closed' }, t, 'en'),
    ).toBe('c.pdf was not uploaded: the quarter is closed: its evidence can no longer change');
  });

  it('a server error never shows the server’s English, and advises trying later, not another file', () => {
    const zh = createTestI18n('zh-CN').t;
    const en = createTestI18n('en').t;
    const nest500 = readUploadFailure(
      500,
      '{"statusCode":500,"message":"Internal server error"}',
      '签到表.png',
    );
    const [refusal] = nest500.refusals;
    expect(describeRefusal(refusal, zh, 'zh')).toEqual({
      text: '签到表.png 未上传：服务器出错，请稍后重试',
      advice: 'retryLater',
    });
    expect(refusalText(refusal, en, 'en')).toBe(
      '签到表.png was not uploaded: the server had an error; try again later',
    );
    // Through the API's own filter (code INTERNAL_SERVER_ERROR), and a proxy's HTML page.
    const filtered = readUploadFailure(
      500,
      '{"code":"INTERNAL_SERVER_ERROR","message":"Internal server error"}',
      'a.pdf',
    );
    expect(refusalText(filtered.refusals[0], zh)).toBe('a.pdf 未上传：服务器出错，请稍后重试');
    expect(refusalText({ file: 'a.pdf', code: '502', reason: 'HTTP 502' }, zh)).toBe(
      'a.pdf 未上传：服务器出错，请稍后重试',
    );
    expect(zh(refusalAdviceKey(['retryLater']))).toBe('该文件未保存，稍后可重新上传。');
    expect(zh(refusalAdviceKey(['otherFile', 'otherFile']))).toBe('该文件未保存，请换一个文件再试。');
    expect(zh(refusalAdviceKey(['otherFile', 'retryLater']))).toBe('该文件未保存。');
  });

  it('names every other cause in the reader’s language, never the server’s English', () => {
    const zh = createTestI18n('zh-CN').t;
    const en = createTestI18n('en').t;
    const english = /[A-Za-z]{3,}/;
    const causes = [
      { code: 'NETWORK', reason: 'aborted' },
      { code: 'PERIOD_CLOSED', reason: 'period 2026Q4 is closed', status: 400 },
      { code: 'NOT_EDITABLE', reason: 'the assessment is submitted', status: 400 },
      { code: 'NOT_FOUND', reason: 'Assessment x not found', status: 404 },
      { code: 'ACCESS_DENIED', reason: 'Not allowed', status: 403 },
      { code: '401', reason: 'Authentication required', status: 401 },
      { code: 'TOO_MANY_REQUESTS', reason: 'too many', status: 429 },
      { code: 'BAD_USER_INPUT', reason: 'indicator X is not part of this framework', status: 400 },
      { code: 'SOMETHING_NEW', reason: 'some new English sentence' },
    ];
    for (const cause of causes) {
      const zhText = refusalText({ file: '表.png', ...cause }, zh, 'zh');
      expect(zhText.replace(/^表\.png 未上传：/, '')).not.toMatch(english);
      expect(refusalText({ file: 'a.png', ...cause }, en, 'en')).not.toContain(cause.reason);
    }
    expect(describeRefusal({ file: 'a.png', code: 'NETWORK', reason: 'network' }, zh)).toEqual({
      text: 'a.png 未上传：网络连接中断，请检查网络后重试',
      advice: 'retryLater',
    });
    // A proxy refusing the body size is the file's size: another file may go through.
    expect(describeRefusal({ file: 'a.png', code: '413', reason: 'HTTP 413', status: 413 }, zh)).toEqual({
      text: 'a.png 未上传：文件超过大小上限',
      advice: 'otherFile',
    });
    // The server's own Chinese sentence, in Chinese; its English one in English.
    const sent = {
      file: 'a.pdf',
      code: 'NOT_EDITABLE',
      reason: 'the assessment is submitted: its evidence can no longer change',
      messageZh: '该考评当前为“已提交”，佐证材料不能再修改',
      status: 400,
    };
    expect(describeRefusal(sent, zh, 'zh')).toEqual({
      text: 'a.pdf 未上传：该考评当前为“已提交”，佐证材料不能再修改',
      advice: 'none',
    });
    expect(refusalText(sent, en, 'en')).toBe(
      'a.pdf was not uploaded: the assessment is submitted: its evidence can no longer change',
    );
  });
});

describe('failureReason (opening or removing a file)', () => {
  it('reads the status and the server’s Chinese sentence, not its English message', () => {
    const zh = createTestI18n('zh-CN').t;
    const error = (message: string, extra: Record<string, unknown>) =>
      Object.assign(new Error(message), extra);
    expect(failureReason(error('Internal server error', { status: 500 }), zh)).toBe('服务器出错，请稍后重试');
    expect(failureReason(new TypeError('Failed to fetch'), zh)).toBe('网络连接中断，请检查网络后重试');
    expect(failureReason(error('EvidenceFile f1 not found', { status: 404, code: 'NOT_FOUND' }), zh)).toBe(
      '未找到所需内容，可能已被删除或不在您的管辖范围内',
    );
    expect(
      failureReason(
        error('the file was sent with an earlier answer', {
          status: 400,
          code: 'NOT_EDITABLE',
          messageZh: '该文件已随之前的反馈提交，保留在整改记录中，不能删除',
        }),
        zh,
      ),
    ).toBe('该文件已随之前的反馈提交，保留在整改记录中，不能删除');
  });
});
