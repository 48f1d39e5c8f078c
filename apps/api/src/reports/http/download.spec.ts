import { PassThrough } from 'node:stream';
import type { Logger } from 'pino';
import type { HttpResponse } from '../../common/http-types';
import { asciiPart, contentDisposition, periodParam, safeFilename, sendDownload } from './download';

describe('download helpers', () => {
  it('writes an RFC 5987 filename* next to an ASCII fallback', () => {
    expect(contentDisposition('示范区_2026Q4_季度通报.xlsx', 'SFQ_2026Q4_quarterly-report.xlsx')).toBe(
      `attachment; filename="SFQ_2026Q4_quarterly-report.xlsx"; filename*=UTF-8''%E7%A4%BA%E8%8C%83%E5%8C%BA_2026Q4_%E5%AD%A3%E5%BA%A6%E9%80%9A%E6%8A%A5.xlsx`,
    );
    // Quotes, slashes and the characters encodeURIComponent leaves alone never reach the header raw.
    expect(contentDisposition(`a"b/c'(d).pdf`, 'x"y.pdf')).toBe(
      `attachment; filename="x_y.pdf"; filename*=UTF-8''a_b_c%27%28d%29.pdf`,
    );
  });

  it('makes names and codes safe', () => {
    expect(safeFilename('a\u0000b\nc:d')).toBe('a_b_c_d');
    expect(safeFilename('  ')).toBe('download');
    expect(asciiPart('东城-DC01')).toBe('DC01');
    expect(asciiPart('街道')).toBe('unit');
  });

  it('requires a period like 2026Q4', () => {
    expect(periodParam('2026Q4')).toBe('2026Q4');
    expect(() => periodParam(undefined)).toThrow('period is required');
    expect(() => periodParam('2026Q5')).toThrow('2026Q1');
  });

  it('streams into the response, or rethrows a failure that happened before the first byte', async () => {
    const log = { info: jest.fn(), error: jest.fn() } as unknown as Logger;
    const res = Object.assign(new PassThrough(), {
      statusCode: 0,
      headersSent: false,
      setHeader: jest.fn(),
      removeHeader: jest.fn(),
      destroy: jest.fn(),
    });
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    await sendDownload(
      res as unknown as HttpResponse,
      {
        filename: 'a.pdf',
        fallbackName: 'a.pdf',
        contentType: 'application/pdf',
        write: async (out) => void out.end('%PDF-'),
      },
      log,
    );
    expect(Buffer.concat(chunks).toString()).toBe('%PDF-');
    expect(res.setHeader).toHaveBeenCalledWith('Content-Type', 'application/pdf');

    const failing = Object.assign(new PassThrough(), {
      statusCode: 0,
      headersSent: false,
      setHeader: jest.fn(),
      removeHeader: jest.fn(),
      destroy: jest.fn(),
    });
    const boom = new Error('boom');
    await expect(
      sendDownload(
        failing as unknown as HttpResponse,
        { filename: 'a', fallbackName: 'a', contentType: 'x', write: () => Promise.reject(boom) },
        log,
      ),
    ).rejects.toBe(boom);
    expect(failing.removeHeader).toHaveBeenCalledWith('Content-Disposition');

    const midway = Object.assign(new PassThrough(), {
      statusCode: 0,
      headersSent: true,
      setHeader: jest.fn(),
      removeHeader: jest.fn(),
      destroy: jest.fn(),
    });
    await sendDownload(
      midway as unknown as HttpResponse,
      { filename: 'a', fallbackName: 'a', contentType: 'x', write: () => Promise.reject(boom) },
      log,
    );
    expect(midway.destroy).toHaveBeenCalledWith(boom);
    expect(log.error).toHaveBeenCalled();
  });
});
