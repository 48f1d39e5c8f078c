import {
  fileProblem,
  importFlow,
  INITIAL_IMPORT_FLOW,
  type ImportFlow,
  MAX_IMPORT_BYTES,
  nothingToImport,
} from './import-flow';
import type { ImportOutcome } from './import-result';

const file = { name: 'data.xlsx', size: 100 } as File;
const clean: ImportOutcome = {
  dryRun: true,
  problems: [],
  counts: { imported: 2, updated: 1, unchanged: 0 },
  rows: 1,
  changedBranches: 1,
  branches: [],
  returnedBranches: [],
};
const dirty: ImportOutcome = {
  dryRun: true,
  problems: [{ row: 4, column: 'E', field: null, label: null, code: 'X', reason: { zh: '错', en: 'bad' } }],
  counts: null,
  rows: null,
  changedBranches: null,
  branches: [],
  returnedBranches: [],
};

function run(...events: Parameters<typeof importFlow>[1][]): ImportFlow {
  return events.reduce(importFlow, INITIAL_IMPORT_FLOW);
}

describe('import flow', () => {
  it('goes choose → checking → ready → applying → done', () => {
    expect(run({ type: 'choose', file }, { type: 'check' }).step).toBe('checking');
    expect(run({ type: 'choose', file }, { type: 'check' }, { type: 'checked', outcome: clean }).step).toBe(
      'ready',
    );
    const done = run(
      { type: 'choose', file },
      { type: 'check' },
      { type: 'checked', outcome: clean },
      { type: 'apply' },
      { type: 'applied', outcome: { ...clean, dryRun: false } },
    );
    expect(done).toEqual({ step: 'done', outcome: { ...clean, dryRun: false } });
  });

  it('never applies a file whose check found problems, or one not checked', () => {
    const problems = run({ type: 'choose', file }, { type: 'check' }, { type: 'checked', outcome: dirty });
    expect(problems.step).toBe('problems');
    expect(importFlow(problems, { type: 'apply' })).toBe(problems);
    const chosen = run({ type: 'choose', file });
    expect(importFlow(chosen, { type: 'apply' })).toBe(chosen);
  });

  it('choosing another file discards the earlier check', () => {
    const ready = run({ type: 'choose', file }, { type: 'check' }, { type: 'checked', outcome: clean });
    expect(
      importFlow(ready, { type: 'choose', file: { name: 'other.xlsx', size: 1 } as File }),
    ).toMatchObject({ step: 'choose', error: null });
  });

  it('remembers whether a failure happened while checking or applying, and checks the file again after either', () => {
    const failedCheck = run(
      { type: 'choose', file },
      { type: 'check' },
      { type: 'failed', message: 'offline' },
    );
    expect(failedCheck).toMatchObject({ step: 'failed', during: 'check', message: 'offline' });
    expect(importFlow(failedCheck, { type: 'check' }).step).toBe('checking');
    const failedApply = run(
      { type: 'choose', file },
      { type: 'check' },
      { type: 'checked', outcome: clean },
      { type: 'apply' },
      { type: 'failed', message: 'closed' },
    );
    expect(failedApply).toMatchObject({ step: 'failed', during: 'apply' });
    expect(importFlow(failedApply, { type: 'check' }).step).toBe('checking');
    expect(importFlow(failedApply, { type: 'apply' })).toBe(failedApply);
  });

  it('keeps a refused file out and says why', () => {
    expect(run({ type: 'choose', file, error: 'wrong type' })).toEqual({
      step: 'choose',
      file: null,
      error: 'wrong type',
    });
  });

  it('checks the file type and size before sending', () => {
    expect(fileProblem({ name: '导入模板.XLSX', size: 10 })).toBeNull();
    expect(fileProblem({ name: 'data.xls', size: 10 })).toBe('type');
    expect(fileProblem({ name: 'data.xlsx', size: MAX_IMPORT_BYTES + 1 })).toBe('size');
  });

  it('knows when a passed check has nothing to write', () => {
    expect(nothingToImport(clean)).toBe(false);
    expect(nothingToImport({ ...clean, counts: { imported: 0, updated: 0, unchanged: 7 } })).toBe(true);
    expect(nothingToImport(dirty)).toBe(false);
  });
});
