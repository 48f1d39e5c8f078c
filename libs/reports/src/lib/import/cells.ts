import type { CellValue as ExcelCellValue } from 'exceljs';
import type { LocalizedText } from '@pathboard/scoring';
import { NO_WORDS, YES_WORDS, type ImportColumn } from './columns';

/** A cell reduced to what the parser cares about: blank, a number, a boolean or text. */
export type PlainCell = null | number | boolean | string;

/** Formulas count by their cached result, rich text by its text; dates are kept as text (they are never valid here). */
export function plainCell(value: ExcelCellValue): PlainCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return plainCell((value.result ?? null) as ExcelCellValue);
    if ('richText' in value) return plainCell(value.richText.map((part) => part.text).join(''));
    if ('text' in value) return plainCell(value.text as string);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

export interface CellProblem {
  code: string;
  reason: LocalizedText;
}

export type CellReading =
  { ok: true; value: number | boolean | string } | { ok: false; problem: CellProblem };

const FULL_WIDTH_DIGITS = /[０-９．－％]/g;

/**
 * Read one non-blank cell as its column expects. Only the *form* is checked here (a number where
 * a number belongs, 是/否, a known band); ranges and relations (negative, n ≤ d, 0..1) are left to
 * libs/scoring's validateValues so the rules live in one place.
 */
export function readCell(column: ImportColumn, cell: Exclude<PlainCell, null>): CellReading {
  switch (column.kind) {
    case 'number':
    case 'integer':
    case 'rate':
      return readNumber(column, cell);
    case 'yesno':
    case 'item':
      return readYesNo(cell);
    case 'band':
      return readBand(column, cell);
  }
}

function readNumber(column: ImportColumn, cell: Exclude<PlainCell, null>): CellReading {
  if (typeof cell === 'number') return { ok: true, value: cell };
  if (typeof cell === 'string') {
    // Numbers typed into text-formatted cells (and full-width digits from Chinese input methods) are common.
    const text = cell
      .replace(FULL_WIDTH_DIGITS, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(/,/g, '');
    const percent = column.kind === 'rate' && text.endsWith('%');
    const numberText = percent ? text.slice(0, -1).trim() : text;
    if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(numberText)) {
      const value = Number(numberText);
      return { ok: true, value: percent ? value / 100 : value };
    }
  }
  return {
    ok: false,
    problem: {
      code: 'NOT_A_NUMBER',
      reason: { zh: `应填写数字，收到“${String(cell)}”`, en: `expected a number, got "${String(cell)}"` },
    },
  };
}

function readYesNo(cell: Exclude<PlainCell, null>): CellReading {
  if (typeof cell === 'boolean') return { ok: true, value: cell };
  const word = String(cell).trim().toLowerCase();
  if (YES_WORDS.has(word)) return { ok: true, value: true };
  if (NO_WORDS.has(word)) return { ok: true, value: false };
  return {
    ok: false,
    problem: {
      code: 'NOT_YES_NO',
      reason: {
        zh: `应填写“是”或“否”，收到“${String(cell)}”`,
        en: `expected 是 (yes) or 否 (no), got "${String(cell)}"`,
      },
    },
  };
}

function readBand(column: ImportColumn, cell: Exclude<PlainCell, null>): CellReading {
  const bands = column.options ?? [];
  const text = String(cell).trim();
  const band = bands.find(
    (b) => b.label.zh === text || b.value === text || b.label.en.toLowerCase() === text.toLowerCase(),
  );
  if (band) return { ok: true, value: band.value };
  const names = bands.map((b) => b.label.zh).join('、');
  return {
    ok: false,
    problem: {
      code: 'UNKNOWN_BAND',
      reason: {
        zh: `应为 ${names} 之一，收到“${text}”`,
        en: `expected one of ${bands.map((b) => b.label.en).join(', ')}, got "${text}"`,
      },
    },
  };
}
