import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, readFileText, runScoreCli } from './cli';

const root = join(__dirname, '../..');
const communitySample = join(root, 'libs/frameworks/data/sample-values.json');
const ruralSample = join(root, 'libs/frameworks/data/sample-values-rural.json');
const defaultFrameworkFile = join(root, 'libs/frameworks/data/default-framework.json');

/** Runs the CLI in-process with virtual files layered over the real ones. */
function run(argv: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = runScoreCli(argv, {
    readFile: (path) => (path in files ? files[path] : readFileText(path)),
    out: (text) => (stdout += text),
    err: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

const sampleWith = (
  change: (file: { values: Record<string, unknown> } & Record<string, unknown>) => void,
) => {
  const file = JSON.parse(readFileText(communitySample));
  change(file);
  return JSON.stringify(file);
};

describe('score CLI (in process)', () => {
  it('scores the community sample with the default framework, reasons in Chinese', () => {
    const { code, stdout, stderr } = run(['--values', communitySample]);
    expect([code, stderr]).toEqual([EXIT_OK, '']);
    const result = JSON.parse(stdout);
    expect(result.frameworkCode).toBe('PATHBOARD_DEFAULT');
    expect(result.paths).toHaveLength(4);
    const meetings = result.paths[0].indicators[0];
    expect(meetings).toMatchObject({ code: 'ORG_MEETINGS', points: 22.92 });
    expect(typeof meetings.reason).toBe('string');
    expect(meetings.reason).toMatch(/[\u4e00-\u9fff]/);
    expect(result.paths[2].deductionPoints).toBe(10); // the sample's one 四风 case
  });

  it('gives English reasons with --lang en and the same figures as --framework <default file>', () => {
    const english = JSON.parse(
      run(['--values', communitySample, '--lang', 'en', '--framework', defaultFrameworkFile]).stdout,
    );
    const chinese = JSON.parse(run(['--values', communitySample]).stdout);
    expect(english.paths[0].indicators[0].reason).toMatch(/^[\x20-\x7e]+$/);
    expect(english.total).toBe(chinese.total);
  });

  it('takes the sector from the values file unless --sector overrides it', () => {
    const rural = JSON.parse(run(['--values', ruralSample]).stdout);
    expect(rural.paths[0].scale).toBeCloseTo(100 / 110, 4);
    const asRural = JSON.parse(run(['--values', communitySample, '--sector', 'RURAL']).stdout);
    expect(asRural.missing).toContain('ORG_RURAL_REVITALIZATION');
  });

  it.each([
    ['no --values', [], EXIT_USAGE, /--values/],
    ['an unknown option', ['--values', communitySample, '--verbose'], EXIT_USAGE, /verbose/],
    ['an unknown sector', ['--values', communitySample, '--sector', 'FARM'], EXIT_USAGE, /FARM/],
    ['an unknown language', ['--values', communitySample, '--lang', 'fr'], EXIT_USAGE, /--lang/],
    [
      'a missing values file',
      ['--values', '/nowhere/values.json', '--lang', 'en'],
      EXIT_INVALID,
      /--values \/nowhere\/values\.json: file not found/,
    ],
    [
      'a missing framework file',
      ['--values', communitySample, '--framework', '/nowhere/f.json'],
      EXIT_INVALID,
      /--framework \/nowhere\/f\.json：文件不存在/,
    ],
  ])('refuses %s', (_name, argv, exitCode, message) => {
    const { code, stdout, stderr } = run(argv as string[]);
    expect(code).toBe(exitCode);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it.each([
    ['not JSON', '{"framework": "PATHBOARD_DEFAULT",', /v\.json: not valid JSON/],
    [
      'a schema error',
      sampleWith((f) => {
        f.period = '2026-1';
      }),
      /v\.json: \[BAD_PERIOD\] period: period must be a quarter/,
    ],
    [
      'an unknown indicator',
      sampleWith((f) => {
        f.values.ORG_MEETING = 1;
      }),
      /\[UNKNOWN_INDICATOR\] ORG_MEETING \(values\.ORG_MEETING\)/,
    ],
    [
      'n > d',
      sampleWith((f) => {
        f.values.ORG_MEETINGS = { numerator: 13, denominator: 12 };
      }),
      /values\.ORG_MEETINGS\.numerator \[NUMERATOR_GT_DENOMINATOR\]/,
    ],
    [
      'a negative count',
      sampleWith((f) => {
        f.values.ORG_THEME_DAYS = -2;
      }),
      /values\.ORG_THEME_DAYS \[NEGATIVE\]/,
    ],
    [
      'an unknown band',
      sampleWith((f) => {
        f.values.ORG_WORK_PLAN = 'EXCELLENT';
      }),
      /values\.ORG_WORK_PLAN \[UNKNOWN_BAND\]/,
    ],
  ])('refuses a values file with %s, naming the field', (_name, text, message) => {
    const { code, stdout, stderr } = run(['--values', 'v.json', '--lang', 'en'], { 'v.json': text });
    expect([code, stdout]).toEqual([EXIT_INVALID, '']);
    expect(stderr).toMatch(message);
  });

  it('refuses a framework file that fails validation, naming the location', () => {
    const framework = JSON.parse(readFileText(defaultFrameworkFile));
    framework.paths[1].indicators[2].rule.target = 2;
    const { code, stderr } = run(['--values', communitySample, '--framework', 'f.json', '--lang', 'en'], {
      'f.json': JSON.stringify(framework),
    });
    expect(code).toBe(EXIT_INVALID);
    expect(stderr).toMatch(
      /f\.json: \[TARGET_OUT_OF_RANGE\] SUP_PETITIONS_RESOLVED \(paths\[1\]\.indicators\[2\]\.rule\.target\)/,
    );
  });
});

describe('score CLI (spawned like `npm run score`)', () => {
  const tsx = join(root, 'node_modules/.bin/tsx');
  const spawnScore = (args: string[]) =>
    spawnSync(tsx, ['tools/score/score.ts', ...args], { cwd: root, encoding: 'utf8' });

  it('prints the result and exits 0', () => {
    const child = spawnScore(['--values', 'libs/frameworks/data/sample-values.json', '--lang', 'en']);
    expect(child.status).toBe(0);
    expect(JSON.parse(child.stdout).grade.code).toBe('GOOD');
  }, 30_000);

  it('exits non-zero with the problem on stderr', () => {
    const child = spawnScore(['--values', 'missing.json', '--lang', 'en']);
    expect(child.status).toBe(EXIT_INVALID);
    expect(child.stderr).toContain('--values missing.json: file not found');
  }, 30_000);
});
