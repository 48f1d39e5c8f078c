import { PassThrough } from 'node:stream';
import { createTestApp, type TestApp } from '../../../test/test-app';
import type { AuthUser } from '../../auth/auth-user';
import { DEMO_PASSWORD, DemoSeeder } from '../../demo/demo.seeder';
import { ReportsService } from '../reports.service';
import { download } from '../testing/report-ops';
import { ReportRenderPool } from './report-render.pool';
import { UserRenderSlots } from './user-render-slots';

const PERIOD = '2026Q4';

/**
 * The longest the event loop went without running a 5 ms timer, from now until `stop()`. (Node 20's
 * perf_hooks.monitorEventLoopDelay missed a 6 s synchronous render here, reporting 16 ms, so the
 * gap between timer ticks is measured directly.)
 */
function watchEventLoop(): { stop(): number } {
  let last = performance.now();
  let longest = 0;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  };
  const timer = setInterval(tick, 5);
  return {
    stop() {
      tick();
      clearInterval(timer);
      return longest;
    },
  };
}

/** Run a Download's write into memory. */
async function writeToMemory(write: (out: PassThrough) => Promise<void>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await write(out);
  return Buffer.concat(chunks);
}

/**
 * The report files are rendered on the real worker pool (here the .ts worker entry through tsx; the
 * built server loads the compiled one): the event loop stays free while a batch renders, and each
 * user has at most REPORT_RENDERS_PER_USER downloads in flight.
 */
describe('report rendering on the worker pool', () => {
  let t: TestApp;
  let districtId: string;
  let viewer: AuthUser;

  beforeAll(async () => {
    t = await createTestApp({ env: { REPORT_WORKERS: '1', REPORT_RENDERS_PER_USER: '2' } });
    await t.app.get(DemoSeeder).seedIfEmpty();
    [viewer] = await t.dataSource.query(
      `SELECT u.id, u.username, u.display_name AS "displayName", u.role, u.scope_unit_id AS "scopeUnitId",
              o.path AS "scopePath", u.district_id AS "districtId"
         FROM app_user u JOIN org_unit o ON o.id = u.scope_unit_id WHERE u.username = 'viewer'`,
    );
    districtId = viewer.districtId;
  });
  afterAll(() => t?.close());

  it('keeps the event loop responsive while a batch of quarterly PDFs renders', async () => {
    const reports = t.app.get(ReportsService);
    // The figures first (database work, on this thread by design), then only the rendering is timed.
    const downloads = await Promise.all(
      [1, 2, 3, 4].map(() => reports.quarterly(viewer, districtId, PERIOD, 'pdf')),
    );

    const loop = watchEventLoop();
    const started = performance.now();
    const files = await Promise.all(downloads.map((d) => writeToMemory(d.write)));
    const wall = performance.now() - started;
    const longestGapMs = loop.stop();

    for (const file of files) expect(file.subarray(0, 5).toString()).toBe('%PDF-');
    console.log(
      `4 quarterly PDFs in ${wall.toFixed(0)} ms; longest event-loop gap ${longestGapMs.toFixed(0)} ms`,
    );
    // Rendered inline, the drawing holds the loop for at least one whole PDF (a quarter of the batch;
    // in fact all four, drawn in one go); on the pool the loop only hands over data and bytes.
    expect(longestGapMs).toBeLessThan(Math.max(250, wall / 8));
    expect(t.app.get(ReportRenderPool).threads).toBeGreaterThanOrEqual(1);
  });

  it('stops the render of a download whose client went away', async () => {
    const reports = t.app.get(ReportsService);
    const pending = await reports.quarterly(viewer, districtId, PERIOD, 'pdf');
    const out = new PassThrough();
    const writing = pending.write(out);
    out.destroy(); // what a closed connection does to the response
    await expect(writing).rejects.toMatchObject({ name: 'AbortError' });
    expect(t.app.get(ReportRenderPool).queueSize).toBe(0);
  });

  it('refuses a third download of the same user with 429 while two are in flight; others are served', async () => {
    const token = await t.loginAs('viewer', DEMO_PASSWORD);
    const other = await t.loginAs('admin', DEMO_PASSWORD);
    const url = `/api/reports/quarterly.pdf?unitId=${districtId}&period=${PERIOD}`;
    const slots = t.app.get(UserRenderSlots);
    const holding = [slots.acquire(viewer.id), slots.acquire(viewer.id)];
    try {
      const [refused, served] = await Promise.all([download(t, url, token), download(t, url, other)]);
      expect(refused.status).toBe(429);
      expect(refused.json()).toMatchObject({
        code: 'TOO_MANY_REQUESTS',
        reason: 'TOO_MANY_RENDERS',
        limit: 2,
      });
      expect(refused.json<{ message: string }>().message).toMatch(
        /您已有 2 个报表正在生成.*You already have 2 reports/,
      );
      expect(served.status).toBe(200);
      expect(served.body.subarray(0, 5).toString()).toBe('%PDF-');
      const branch = await download(
        t,
        `/api/reports/quarterly.xlsx?unitId=${districtId}&period=${PERIOD}`,
        token,
      );
      expect(branch.status).toBe(429);
    } finally {
      holding.forEach((release) => release());
    }
    const again = await download(t, url, token);
    expect(again.status).toBe(200);
    expect(slots.inFlightOf(viewer.id)).toBe(0);
  });

  it('lets at most two of one user’s concurrent downloads through at once', async () => {
    const token = await t.loginAs('viewer', DEMO_PASSWORD);
    const url = `/api/reports/quarterly.pdf?unitId=${districtId}&period=${PERIOD}`;
    const answers = await Promise.all([1, 2, 3, 4].map(() => download(t, url, token)));
    const statuses = answers.map((a) => a.status).sort();
    // The first two take the slots before any can finish (each loads figures and renders for a while).
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(2);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
  });
});
