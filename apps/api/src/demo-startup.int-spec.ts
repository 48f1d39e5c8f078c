import { Writable } from 'node:stream';
import pino from 'pino';
import { createTestApp, type TestApp } from '../test/test-app';
import { loadConfig } from './config/app-config';
import { presentDemoLogins, seedDemoIfEnabled } from './demo-startup';

const PRODUCTION = { NODE_ENV: 'production', JWT_SECRET: 'a-long-enough-production-secret' };

/** A pino logger whose lines land in `lines` (parsed). */
function capturingLogger(): { logger: pino.Logger; lines: { level: number; msg: string }[] } {
  const lines: { level: number; msg: string }[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  return { logger: pino({ level: 'info' }, sink), lines };
}

const WARN = 40;

describe('start-up demo seeding', () => {
  let t: TestApp;

  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t?.close());

  it('production without DEMO_DATA seeds no users and no district', async () => {
    const { logger, lines } = capturingLogger();
    await seedDemoIfEnabled(t.app, loadConfig(PRODUCTION), logger);
    const [{ users, units }] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM app_user) AS users, (SELECT count(*)::int FROM org_unit) AS units`,
    );
    expect({ users, units }).toEqual({ users: 0, units: 0 });
    expect(await presentDemoLogins(t.dataSource)).toEqual([]);
    expect(lines).toEqual([]);
  });

  it('production with DEMO_DATA=true seeds the demo and says so at warn level', async () => {
    const { logger, lines } = capturingLogger();
    await seedDemoIfEnabled(t.app, loadConfig({ ...PRODUCTION, DEMO_DATA: 'true' }), logger);
    expect(await presentDemoLogins(t.dataSource)).toEqual(['admin', 'reviewer', 'branch', 'viewer']);
    const warnings = lines.filter((line) => line.level === WARN);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].msg).toMatch(/DEMO_DATA=true in production.*demo1234/);
  });
});
