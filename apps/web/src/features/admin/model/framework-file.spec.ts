import { defaultFramework } from '@pathboard/frameworks';
import { checkFrameworkFile, issuesFromImportError, jsonErrorPlace } from './framework-file';

describe('checkFrameworkFile', () => {
  it('accepts the default framework and summarises it', () => {
    const check = checkFrameworkFile(JSON.stringify(defaultFramework));
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.summary).toMatchObject({ code: 'PATHBOARD_DEFAULT', version: 1, paths: 4 });
    expect(check.summary.indicators).toBeGreaterThan(20);
  });

  it('accepts a file saved with a byte order mark', () => {
    expect(checkFrameworkFile(`\uFEFF${JSON.stringify(defaultFramework)}`).ok).toBe(true);
  });

  it('reports broken JSON as one whole-file problem', () => {
    const check = checkFrameworkFile('{ "code": ');
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.issues).toHaveLength(1);
    expect(check.issues[0]).toMatchObject({ location: '', code: 'INVALID_JSON' });
    expect(check.issues[0].message.zh).toMatch(/^文件不是有效的 JSON：(第 1 行第 \d+ 列附近)?有格式错误/);
  });

  it.each([
    [
      'the engine states the line',
      '{\n  "a": 1\n  "b": 2\n}',
      "Expected ',' … at position 13 (line 3 column 3)",
      3,
      3,
    ],
    [
      'from the position alone',
      '{\n  "a": 1\n  "b": 2\n}',
      "Expected ',' or '}' after property value in JSON at position 13",
      3,
      3,
    ],
  ])('places a JSON error by line and column: %s', (_case, text, message, line, column) => {
    expect(jsonErrorPlace(text, message)).toEqual({ line, column });
    expect(jsonErrorPlace(text, 'Unexpected end of JSON input')).toBeNull();
  });

  it('lists every problem with its location, path and indicator', () => {
    const broken = structuredClone(defaultFramework) as unknown as {
      paths: { weight: number; indicators: { rule: { maxPoints?: number } }[] }[];
    };
    broken.paths[0].weight = 99; // weights no longer sum to 100
    broken.paths[1].indicators[0].rule.maxPoints = -5;
    const check = checkFrameworkFile(JSON.stringify(broken));
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.issues.length).toBeGreaterThanOrEqual(1);
    const located = check.issues.find((i) => i.location.startsWith('paths[1].indicators[0]'));
    expect(located).toMatchObject({ path: 'SUPERVISION' });
    expect(located?.indicator).toBeTruthy();
    for (const issue of check.issues) expect(issue.message.zh.length).toBeGreaterThan(0);
  });

  it('reads the located issues of an importFramework refusal', () => {
    const error = {
      graphQLErrors: [
        {
          message: 'framework is invalid',
          extensions: {
            code: 'BAD_USER_INPUT',
            reason: 'INVALID_FRAMEWORK',
            issues: [
              {
                location: 'version',
                code: 'MISSING_FIELD',
                message: { zh: '缺少 version', en: 'version missing' },
              },
              'junk',
            ],
          },
        },
      ],
    };
    expect(issuesFromImportError(error)).toEqual([
      {
        key: '0',
        location: 'version',
        path: null,
        indicator: null,
        code: 'MISSING_FIELD',
        message: { zh: '缺少 version', en: 'version missing' },
      },
    ]);
    expect(issuesFromImportError(new Error('network'))).toEqual([]);
  });
});

describe('only the first problems are listed', () => {
  it('ends the list with how many more problems there were (browser check)', () => {
    const broken = structuredClone(defaultFramework) as unknown as { paths: { indicators: unknown[] }[] };
    broken.paths[0].indicators = Array.from({ length: 100 }, () => ({
      code: 'X',
      nme: 'x',
      rule: { type: 'ratio', maxPoints: 'x' },
    }));
    const check = checkFrameworkFile(JSON.stringify(broken));
    if (check.ok) throw new Error('expected a refusal');
    expect(check.issues).toHaveLength(101);
    expect(check.issues[100]).toMatchObject({ code: 'MORE_ISSUES' });
    expect(check.issues[100].message.en).toMatch(/^\d+ more problem\(s\) not listed/);
  });

  it('and from the API refusal (extensions.omittedIssues)', () => {
    const rows = issuesFromImportError({
      graphQLErrors: [
        {
          extensions: {
            issues: [{ location: 'grades', code: 'WRONG_TYPE', message: { zh: 'x', en: 'x' } }],
            omittedIssues: 7,
          },
        },
      ],
    });
    expect(rows.map((r) => r.code)).toEqual(['WRONG_TYPE', 'MORE_ISSUES']);
    expect(rows[1].message.zh).toContain('另有 7 个问题未列出');
  });
});
