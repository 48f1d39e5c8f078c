import { createTestI18n } from '../../../test-support/i18n';
import { describeError } from '../../../shared/errors';
import { downloadFile, progressPercent } from './download-file';
import { HttpRequestError, toErrorLike } from './http-request-error';
import { branchReportUrl, fallbackFilename, importValuesUrl, unitReportUrl } from './report-urls';

/** A Response whose body arrives in the given chunks. */
function streamed(chunks: string[], headers: Record<string, string>): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  return new Response(body, { status: 200, headers });
}

describe('downloadFile', () => {
  it('sends the bearer token and reports progress chunk by chunk', async () => {
    const fetchImpl = jest.fn(async () =>
      streamed(['abc', 'defg', 'hij'], {
        'content-type': 'application/pdf',
        'content-length': '10',
        'content-disposition': `attachment; filename="q.pdf"; filename*=UTF-8''${encodeURIComponent('季度通报.pdf')}`,
      }),
    );
    const progress: number[] = [];
    const file = await downloadFile('/api/reports/quarterly.pdf?unitId=u&period=2026Q3', {
      token: 'T0K',
      fetchImpl: fetchImpl as unknown as typeof fetch,
      onProgress: (p) => progress.push(p.loaded),
    });
    expect(fetchImpl).toHaveBeenCalledWith(
      '/api/reports/quarterly.pdf?unitId=u&period=2026Q3',
      expect.objectContaining({ headers: { Authorization: 'Bearer T0K' } }),
    );
    expect(progress).toEqual([0, 3, 7, 10]);
    expect(file.filename).toBe('季度通报.pdf');
    expect(file.blob.type).toBe('application/pdf');
    expect(await file.blob.text()).toBe('abcdefghij');
  });

  it('gives a null name without Content-Disposition and an unknown total without Content-Length', async () => {
    const totals: (number | null)[] = [];
    const file = await downloadFile('/x', {
      token: null,
      fetchImpl: (async () => streamed(['x'], {})) as unknown as typeof fetch,
      onProgress: (p) => totals.push(p.total),
    });
    expect(file.filename).toBeNull();
    expect(totals.every((t) => t === null)).toBe(true);
  });

  it('turns an error answer into an HttpRequestError carrying the JSON body', async () => {
    const fetchImpl = async () =>
      new Response(JSON.stringify({ code: 'FORBIDDEN', message: 'no' }), {
        status: 403,
        headers: { 'content-type': 'application/json' },
      });
    await expect(
      downloadFile('/x', { token: 't', fetchImpl: fetchImpl as unknown as typeof fetch }),
    ).rejects.toMatchObject({
      failure: 'http',
      status: 403,
      body: { code: 'FORBIDDEN', message: 'no' },
    });
  });

  it('tells a network failure and a cancelled download apart', async () => {
    const offline = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(
      downloadFile('/x', { token: 't', fetchImpl: offline as unknown as typeof fetch }),
    ).rejects.toMatchObject({ failure: 'network' });
    const aborted = async () => {
      throw Object.assign(new Error('aborted'), { name: 'AbortError' });
    };
    await expect(
      downloadFile('/x', { token: 't', fetchImpl: aborted as unknown as typeof fetch }),
    ).rejects.toMatchObject({ failure: 'aborted' });
  });
});

describe('progressPercent', () => {
  it('is a whole percent, capped at 99 until done, null when the size is unknown', () => {
    expect(progressPercent({ loaded: 512, total: 1024 })).toBe(50);
    expect(progressPercent({ loaded: 2048, total: 1024 })).toBe(99);
    expect(progressPercent({ loaded: 10, total: null })).toBeNull();
    expect(progressPercent(null)).toBeNull();
  });
});

describe('download errors in words', () => {
  const i18n = createTestI18n('zh-CN');
  const ctx = {
    t: (key: string, params?: Record<string, unknown>) => i18n.t(key, params),
    lang: 'zh' as const,
  };
  const words = (error: unknown) => describeError(toErrorLike(error), ctx);

  it('words a coded body like the same GraphQL error', () => {
    expect(
      words(new HttpRequestError('http', 'HTTP 403', 403, { code: 'FORBIDDEN', message: 'denied' })).kind,
    ).toBe('FORBIDDEN');
    expect(
      words(
        new HttpRequestError('http', 'HTTP 400', 400, {
          code: 'BAD_USER_INPUT',
          message: 'x',
          reason: 'PERIOD_CLOSED',
        }),
      ).message,
    ).toContain('本季度考评已关闭');
  });

  it('falls back to the status, then to "network"', () => {
    expect(
      words(new HttpRequestError('http', 'HTTP 404', 404, { statusCode: 404, message: 'Cannot GET' })).kind,
    ).toBe('NOT_FOUND');
    expect(words(new HttpRequestError('http', 'HTTP 502', 502)).kind).toBe('SERVER');
    expect(words(new HttpRequestError('http', 'HTTP 401', 401)).backToLogin).toBe(true);
    expect(words(new HttpRequestError('network', 'Failed to fetch')).message).toContain('无法连接服务器');
  });
});

describe('report URLs and fallback names', () => {
  it('builds the endpoints with encoded parameters', () => {
    expect(unitReportUrl('quarterlyXlsx', 'u 1', '2026Q3')).toBe(
      '/api/reports/quarterly.xlsx?unitId=u+1&period=2026Q3',
    );
    expect(unitReportUrl('importTemplate', 'u1', '2026Q3')).toBe(
      '/api/imports/template.xlsx?unitId=u1&period=2026Q3',
    );
    expect(branchReportUrl('b1', '2026Q1')).toBe('/api/reports/branch.pdf?branchId=b1&period=2026Q1');
    expect(importValuesUrl('2026Q3', true)).toBe('/api/imports/values?period=2026Q3&dryRun=true');
  });

  it('names files by kind, unit and quarter, in the UI language, without unsafe characters', () => {
    expect(fallbackFilename('quarterlyPdf', '示范区', '2026Q3', 'zh')).toBe('季度通报-示范区-2026Q3.pdf');
    expect(fallbackFilename('quarterlyXlsx', 'A/B: C', '2026Q3', 'en')).toBe(
      'assessment-data-A_B_ C-2026Q3.xlsx',
    );
  });
});
