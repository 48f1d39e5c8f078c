import type { Framework } from '@pathboard/scoring';
import type { ErrorSink } from './capped-errors';
import type { PlainCell } from './cells';
import { periodLabel } from '../pdf/narrative';
import { fileError } from './errors';
import type { ImportParseResult, ParseOptions } from './parse-types';
import type { SheetRow } from './workbook-sheets';

export function readMeta(rows: SheetRow[] | undefined): ImportParseResult['meta'] {
  if (!rows) return null;
  const entries = new Map<string, PlainCell>(
    rows.map((row) => [String(row.cells[1] ?? ''), row.cells[2] ?? null]),
  );
  const version = entries.get('frameworkVersion');
  return {
    period: entries.has('period') ? String(entries.get('period')) : null,
    frameworkCode: entries.has('frameworkCode') ? String(entries.get('frameworkCode')) : null,
    frameworkVersion: typeof version === 'number' ? version : version ? Number(version) : null,
  };
}

export function checkMeta(
  meta: ImportParseResult['meta'],
  framework: Framework,
  options: ParseOptions,
  errors: ErrorSink,
): void {
  if (!meta) return;
  if (options.period && meta.period && meta.period !== options.period) {
    errors.push(
      fileError('WRONG_PERIOD', {
        zh: `该模板属于${periodLabel(meta.period)}，不能导入${periodLabel(options.period)}`,
        en: `this template is for ${meta.period}, not ${options.period}`,
      }),
    );
  }
  if (
    (meta.frameworkCode && meta.frameworkCode !== framework.code) ||
    (meta.frameworkVersion !== null && meta.frameworkVersion !== framework.version)
  ) {
    errors.push(
      fileError('WRONG_FRAMEWORK', {
        zh: `该模板按考核方案 ${meta.frameworkCode} 第${meta.frameworkVersion}版生成，当前为 ${framework.code} 第${framework.version}版，请重新下载模板`,
        en: `this template was made for framework ${meta.frameworkCode} v${meta.frameworkVersion}, not ${framework.code} v${framework.version}; download it again`,
      }),
    );
  }
}
