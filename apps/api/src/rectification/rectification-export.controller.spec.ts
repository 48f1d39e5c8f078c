import { PassThrough } from 'node:stream';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { Role, type AuthUser } from '../auth/auth-user';
import type { AppConfig } from '../config/app-config';
import type { HttpResponse } from '../common/http-types';
import { ledgerFileNames, RectificationExportController } from './rectification-export.controller';
import type { RectificationService } from './rectification.service';

const SFQ = { name: '示范区', code: 'SFQ' };
const STREET = '00000000-0000-4000-8000-0000000000a1';

describe('ledgerFileNames', () => {
  it("names the unit and the district's day, with an ASCII name of the code", () => {
    // 16:30 UTC on 7 December is already 8 December in Shanghai.
    expect(ledgerFileNames(SFQ, new Date('2026-12-07T16:30:00Z'), 'Asia/Shanghai')).toEqual({
      filename: '示范区_整改台账_2026-12-08.xlsx',
      fallbackName: 'SFQ_rectification-ledger_2026-12-08.xlsx',
    });
    expect(ledgerFileNames(SFQ, new Date('2026-12-07T16:30:00Z'), 'Europe/Berlin').filename).toBe(
      '示范区_整改台账_2026-12-07.xlsx',
    );
    expect(
      ledgerFileNames({ name: '和平/社区', code: 'HP 社区' }, new Date('2026-12-07T00:00:00Z'), 'UTC'),
    ).toEqual({
      filename: '和平/社区_整改台账_2026-12-07.xlsx', // made safe by contentDisposition when sent
      fallbackName: 'HP_rectification-ledger_2026-12-07.xlsx',
    });
    expect(ledgerFileNames(undefined, new Date('2026-12-07T00:00:00Z'), 'UTC')).toEqual({
      filename: '整改台账_2026-12-07.xlsx',
      fallbackName: 'rectification-ledger_2026-12-07.xlsx',
    });
  });
});

describe('RectificationExportController ledger', () => {
  const user: AuthUser = {
    id: 'u1',
    username: 'admin',
    displayName: 'A',
    role: Role.ADMIN,
    scopeUnitId: 'scope-unit',
    scopePath: '/d/',
    districtId: 'district-1',
  };

  /** The Content-Disposition of a ledger download, and the unit the controller looked up. */
  async function ledger(unitId?: string) {
    const query = jest.fn(async (_sql: string, params: unknown[]) =>
      params[0] === STREET ? [{ name: '东城街道', code: 'DC' }] : [SFQ],
    );
    const service = { list: jest.fn(async () => []) } as unknown as RectificationService;
    const log = { info: jest.fn(), error: jest.fn() } as unknown as Logger;
    const config = { timeZone: 'Asia/Shanghai' } as AppConfig;
    const controller = new RectificationExportController(service, log, config, {
      query,
    } as unknown as DataSource);
    // 16:30 UTC on 7 December: already 8 December in Shanghai.
    controller.now = () => new Date('2026-12-07T16:30:00Z');
    const res = Object.assign(new PassThrough(), {
      statusCode: 0,
      headersSent: false,
      setHeader: jest.fn(),
      removeHeader: jest.fn(),
      destroy: jest.fn(),
    });
    res.resume();
    await controller.ledger(user, res as unknown as HttpResponse, undefined, undefined, undefined, unitId);
    const header = res.setHeader.mock.calls.find(([name]) => name === 'Content-Disposition')?.[1] as string;
    return { header: decodeURIComponent(header), looked: query.mock.calls[0][1] };
  }

  it("is named after the caller's scope unit and today in the district's zone", async () => {
    const { header, looked } = await ledger();
    expect(looked).toEqual(['scope-unit', 'district-1']);
    expect(header).toBe(
      `attachment; filename="SFQ_rectification-ledger_2026-12-08.xlsx"; filename*=UTF-8''示范区_整改台账_2026-12-08.xlsx`,
    );
  });

  it('is named after the unit it is filtered by', async () => {
    const { header, looked } = await ledger(STREET);
    expect(looked).toEqual([STREET, 'district-1']);
    expect(header).toBe(
      `attachment; filename="DC_rectification-ledger_2026-12-08.xlsx"; filename*=UTF-8''东城街道_整改台账_2026-12-08.xlsx`,
    );
  });
});
