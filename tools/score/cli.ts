import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  ValueValidationError,
  scoreAssessment,
  type Framework,
  type Lang,
  type ScoreResult,
  type Sector,
} from '@pathboard/scoring';
import {
  SECTOR_CODES,
  defaultFramework,
  parseValuesFile,
  validateFramework,
  type FrameworkIssue,
} from '@pathboard/frameworks';

export const EXIT_OK = 0;
/** A file or value was refused. */
export const EXIT_INVALID = 1;
/** The command line itself is wrong. */
export const EXIT_USAGE = 2;

export interface CliIo {
  /** Returns the file's text, or throws an error with `code` ENOENT/EISDIR/EACCES like fs does. */
  readFile: (path: string) => string;
  out: (text: string) => void;
  err: (text: string) => void;
}

export function readFileText(path: string): string {
  return readFileSync(path, 'utf8');
}

const USAGE = `Usage: npm run score -- [--framework <framework.json>] --values <values.json> [--sector <SECTOR>] [--lang zh|en]
  --framework  framework file (default: the built-in default framework PATHBOARD_DEFAULT)
  --values     values file of one branch and one period (required)
  --sector     ${SECTOR_CODES.join(' | ')} (default: the values file's sector)
  --lang       language of reasons and messages (default zh)
`;

/** A problem worth one line on stderr, in both languages so either reader can act on it. */
class CliProblem extends Error {
  constructor(
    readonly lines: { zh: string; en: string }[],
    readonly exitCode: number,
  ) {
    super(lines.map((line) => line.en).join('\n'));
  }
}

/** Runs the scorer; returns the process exit code. All I/O goes through `io` so tests need no process. */
export function runScoreCli(argv: readonly string[], io: CliIo): number {
  let lang: Lang = 'zh';
  try {
    const args = parseCommandLine(argv);
    lang = args.lang;
    if (args.help) {
      io.out(USAGE);
      return EXIT_OK;
    }
    const framework = args.framework ? loadFramework(args.framework, io) : defaultFramework;
    const valuesInput = readJson(args.values, '--values', io);
    const parsed = parseValuesFile(valuesInput, framework);
    if (!parsed.ok) throw new CliProblem(issueLines(args.values, parsed.errors), EXIT_INVALID);
    const sector = args.sector ?? parsed.file.sector;
    const result = score(framework, parsed.file.values, sector, args.values);
    io.out(`${JSON.stringify(localize(result, lang), null, 2)}\n`);
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof CliProblem)) throw error;
    for (const line of error.lines) io.err(`${line[lang]}\n`);
    if (error.exitCode === EXIT_USAGE) io.err(USAGE);
    return error.exitCode;
  }
}

interface CommandLine {
  framework?: string;
  values: string;
  sector?: Sector;
  lang: Lang;
  help: boolean;
}

function parseCommandLine(argv: readonly string[]): CommandLine {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        framework: { type: 'string' },
        values: { type: 'string' },
        sector: { type: 'string' },
        lang: { type: 'string', default: 'zh' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw usage(
      `命令行参数有误：${(error as Error).message}`,
      `bad command line: ${(error as Error).message}`,
    );
  }
  const { framework, values, sector, lang, help } = parsed.values;
  if (lang !== 'zh' && lang !== 'en')
    throw usage(`--lang 只能是 zh 或 en，而不是 ${lang}`, `--lang must be zh or en, not ${lang}`);
  if (help) return { values: '', lang, help: true };
  if (!values) throw usage('缺少 --values <数据文件>', 'missing --values <values.json>');
  if (sector !== undefined && !SECTOR_CODES.includes(sector as Sector)) {
    throw usage(
      `--sector 应为 ${SECTOR_CODES.join('、')} 之一，而不是 ${sector}`,
      `--sector must be one of ${SECTOR_CODES.join(', ')}, not ${sector}`,
    );
  }
  return { framework, values, sector: sector as Sector | undefined, lang, help: false };
}

function usage(zh: string, en: string): CliProblem {
  return new CliProblem([{ zh, en }], EXIT_USAGE);
}

function loadFramework(path: string, io: CliIo): Framework {
  const result = validateFramework(readJson(path, '--framework', io));
  if (!result.ok) {
    const more =
      result.omitted > 0
        ? [
            {
              zh: `${path}：另有 ${result.omitted} 个问题未列出`,
              en: `${path}: and ${result.omitted} more problem(s) not listed`,
            },
          ]
        : [];
    throw new CliProblem([...issueLines(path, result.errors), ...more], EXIT_INVALID);
  }
  return result.framework;
}

function readJson(path: string, option: string, io: CliIo): unknown {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const [zh, en] =
      code === 'ENOENT'
        ? ['文件不存在', 'file not found']
        : ['无法读取文件', `cannot read the file (${code ?? (error as Error).message})`];
    throw new CliProblem([{ zh: `${option} ${path}：${zh}`, en: `${option} ${path}: ${en}` }], EXIT_INVALID);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')); // Windows editors (记事本) save UTF-8 with a BOM
  } catch (error) {
    const detail = (error as Error).message;
    throw new CliProblem(
      [
        {
          zh: `${option} ${path}：不是合法的 JSON（${detail}）`,
          en: `${option} ${path}: not valid JSON (${detail})`,
        },
      ],
      EXIT_INVALID,
    );
  }
}

function issueLines(file: string, issues: readonly FrameworkIssue[]): { zh: string; en: string }[] {
  return issues.map((issue) => ({
    zh: `${file}: [${issue.code}] ${issue.message.zh}`,
    en: `${file}: [${issue.code}] ${issue.message.en}`,
  }));
}

function score(
  framework: Framework,
  values: Parameters<typeof scoreAssessment>[1],
  sector: Sector,
  file: string,
): ScoreResult {
  try {
    return scoreAssessment(framework, values, { sector, explain: true });
  } catch (error) {
    if (!(error instanceof ValueValidationError)) throw error;
    const lines = error.issues.map((issue) => {
      const field = `values.${issue.indicator}${issue.field ? `.${issue.field}` : ''}`;
      return {
        zh: `${file}: ${field} [${issue.code}] ${issue.message.zh}`,
        en: `${file}: ${field} [${issue.code}] ${issue.message.en}`,
      };
    });
    throw new CliProblem(lines, EXIT_INVALID);
  }
}

/** The ScoreResult with each indicator's bilingual `reason` reduced to the chosen language. */
export function localize(result: ScoreResult, lang: Lang) {
  return {
    ...result,
    paths: result.paths.map((path) => ({
      ...path,
      indicators: path.indicators.map((indicator) => ({ ...indicator, reason: indicator.reason[lang] })),
    })),
  };
}
