import { readImportOutcome, sortProblems } from './import-result';
import { uploadImport } from './upload-import';

const problem = (row: number | null, column: string | null) => ({
  row,
  column,
  field: 'ORG_MEETINGS.numerator',
  label: '三会一课落实率·分子',
  code: 'NOT_A_NUMBER',
  reason: { zh: '不是数字', en: 'not a number' },
});

describe('readImportOutcome', () => {
  it("reads the API's answer: value counts, rows, changed branches and per-branch counts", () => {
    const body = {
      period: '2026Q3',
      dryRun: true,
      applied: false,
      counts: { imported: 3, updated: 2, unchanged: 1 },
      rows: 2,
      changedBranches: 1,
      branches: [
        { row: 5, branchId: 'b1', code: 'C1', name: '滨江社区党支部', imported: 3, updated: 2, unchanged: 0 },
        { row: 6, branchId: 'b2', code: 'C2', name: '银杏社区党支部', imported: 0, updated: 0, unchanged: 1 },
      ],
    };
    expect(readImportOutcome(body, false)).toEqual({
      dryRun: true,
      problems: [],
      counts: { imported: 3, updated: 2, unchanged: 1 },
      rows: 2,
      changedBranches: 1,
      branches: [
        { row: 5, code: 'C1', name: '滨江社区党支部', imported: 3, updated: 2, unchanged: 0 },
        { row: 6, code: 'C2', name: '银杏社区党支部', imported: 0, updated: 0, unchanged: 1 },
      ],
      returnedBranches: [],
    });
  });

  it('reads the returned assessments the file would overwrite', () => {
    const body = {
      dryRun: true,
      counts: { imported: 0, updated: 34, unchanged: 0 },
      rows: 2,
      changedBranches: 2,
      branches: [],
      returnedBranches: [
        { row: 3, branchId: 'b1', code: 'C1', name: '幸福社区党支部', values: 18 },
        { row: 4, branchId: 'b2', code: 'C2', name: '恒达物流有限公司党支部', values: 16 },
        'junk',
      ],
    };
    expect(readImportOutcome(body, true)?.returnedBranches).toEqual([
      { code: 'C1', name: '幸福社区党支部', values: 18 },
      { code: 'C2', name: '恒达物流有限公司党支部', values: 16 },
    ]);
  });

  it('reads counts at the top level too, without the optional parts', () => {
    expect(readImportOutcome({ imported: 0, updated: 5 }, true)).toEqual({
      dryRun: true,
      problems: [],
      counts: { imported: 0, updated: 5, unchanged: 0 },
      rows: null,
      changedBranches: null,
      branches: [],
      returnedBranches: [],
    });
  });

  it('reads the 400 answer of a file with problems (extensions spread at the top level)', () => {
    const body = {
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_IMPORT',
      message: 'the file has 1 problem(s); nothing was imported',
      errors: [problem(5, 'E')],
    };
    expect(readImportOutcome(body, true)).toMatchObject({
      problems: [{ row: 5, column: 'E' }],
      counts: null,
      branches: [],
    });
  });

  it('reads problems from `errors`, `problems` or error extensions, and then reports no counts', () => {
    expect(readImportOutcome({ errors: [problem(5, 'E')], imported: 0 }, true)?.problems).toHaveLength(1);
    expect(readImportOutcome({ problems: [problem(null, null)] }, true)?.counts).toBeNull();
    const fromError = readImportOutcome(
      { code: 'BAD_USER_INPUT', message: 'bad', extensions: { errors: [problem(7, 'F')] } },
      true,
    );
    expect(fromError?.problems[0]).toMatchObject({
      row: 7,
      column: 'F',
      code: 'NOT_A_NUMBER',
      reason: { zh: '不是数字' },
    });
  });

  it('accepts a one-language reason and an indicator instead of a field', () => {
    const outcome = readImportOutcome({ errors: [{ row: 3, indicator: 'X', message: 'bad value' }] }, true);
    expect(outcome?.problems[0]).toEqual({
      row: 3,
      column: null,
      field: 'X',
      label: null,
      code: 'INVALID',
      reason: { zh: 'bad value', en: 'bad value' },
    });
  });

  it('is null for anything that is not an import answer', () => {
    expect(readImportOutcome({ code: 'FORBIDDEN', message: 'no' }, true)).toBeNull();
    expect(readImportOutcome('oops', true)).toBeNull();
    expect(readImportOutcome(undefined, true)).toBeNull();
  });
});

describe('sortProblems', () => {
  it('puts whole-file problems first, then rows and columns in sheet order (Z before AA)', () => {
    const sorted = sortProblems([problem(9, 'AA'), problem(9, 'Z'), problem(null, null), problem(4, 'C')]);
    expect(sorted.map((p) => `${p.row}${p.column}`)).toEqual(['nullnull', '4C', '9Z', '9AA']);
  });
});

describe('uploadImport', () => {
  const file = new Blob(['xlsx bytes']);

  it('posts the file as multipart with the token and returns the dry run findings, also from a 400', async () => {
    const fetchImpl = jest.fn(
      async () =>
        new Response(JSON.stringify({ code: 'BAD_USER_INPUT', message: 'x', errors: [problem(5, 'E')] }), {
          status: 400,
        }),
    );
    const outcome = await uploadImport(file, {
      period: '2026Q3',
      dryRun: true,
      token: 'T',
      fetchImpl: fetchImpl as unknown as typeof fetch,
    });
    expect(outcome.problems).toHaveLength(1);
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/imports/values?period=2026Q3&dryRun=true');
    expect(init.method).toBe('POST');
    expect(init.headers).toEqual({ Authorization: 'Bearer T' });
    expect((init.body as FormData).get('file')).toBeInstanceOf(Blob);
  });

  it('throws a worded-later error for anything else', async () => {
    const fetchImpl = async () =>
      new Response(JSON.stringify({ code: 'FORBIDDEN', message: 'no' }), { status: 403 });
    await expect(
      uploadImport(file, {
        period: '2026Q3',
        dryRun: false,
        token: 'T',
        fetchImpl: fetchImpl as unknown as typeof fetch,
      }),
    ).rejects.toMatchObject({ status: 403 });
  });
});
