import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderWorkerEntry } from './report-render.pool';

describe('renderWorkerEntry', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'pb-worker-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('built output: the compiled worker beside the pool, plain node', () => {
    writeFileSync(path.join(dir, 'report-render.worker.js'), '');
    writeFileSync(path.join(dir, 'report-render.worker.ts'), '');
    expect(renderWorkerEntry(dir)).toEqual({ filename: path.join(dir, 'report-render.worker.js') });
  });

  it('sources: the .ts worker through tsx with the api tsconfig (workspace aliases)', () => {
    writeFileSync(path.join(dir, 'report-render.worker.ts'), '');
    const entry = renderWorkerEntry(dir);
    expect(entry.filename).toBe(path.join(dir, 'report-render.worker.ts'));
    expect(entry.execArgv).toEqual(['--require', expect.stringMatching(/tsx/)]);
    expect(entry.env?.['TSX_TSCONFIG_PATH']).toBe(path.resolve(__dirname, '../../../tsconfig.json'));
    expect(existsSync(entry.env!['TSX_TSCONFIG_PATH']!)).toBe(true);
  });

  it('the real source folder has the worker entry', () => {
    expect(renderWorkerEntry().filename).toMatch(/report-render\.worker\.ts$/);
  });

  it('neither: a clear error', () => {
    expect(() => renderWorkerEntry(dir)).toThrow(/report-render.worker not found/);
  });
});
