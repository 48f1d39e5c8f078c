import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Style } from 'exceljs';
import type { QuarterlyReportData } from '../model/types';
import { quarterlySheetSpecs } from './quarterly-sheets';
import { columnLetter, safeSheetName, type SheetSpec } from './sheet-spec';
import { cellStyle, gradeStyles, HEADER_STYLE, SUBHEADER_STYLE } from './styles';

/**
 * Write the quarterly workbook (汇总, 排名, one sheet per path, 指标数据, 完成情况, 自评偏差, 审核调整, 整改事项) to a stream
 * with exceljs' streaming writer: each row is committed as soon as it is built, so memory stays flat
 * however many branches the unit has.
 */
export async function writeQuarterlyWorkbook(data: QuarterlyReportData, output: Writable): Promise<void> {
  const grades = gradeStyles(data.framework.grades.map((grade) => grade.name.zh));
  await writeSheets(quarterlySheetSpecs(data), output, { useStyles: true }, (workbook, spec, taken) =>
    writeStyledSheet(workbook, spec, taken, grades),
  );
}

/** Any workbook described as sheet specs (the annual workbook), styled like the quarterly one, as a Buffer. */
export function buildSpecWorkbook(specs: SheetSpec[], gradeNames: string[]): Promise<Buffer> {
  const grades = gradeStyles(gradeNames);
  return collect((stream) =>
    writeSheets(specs, stream, { useStyles: true }, (workbook, spec, taken) =>
      writeStyledSheet(workbook, spec, taken, grades),
    ),
  );
}

/** The quarterly workbook as a Buffer (for small units and tests; prefer the stream for downloads). */
export function buildQuarterlyWorkbook(data: QuarterlyReportData): Promise<Buffer> {
  return collect((stream) => writeQuarterlyWorkbook(data, stream));
}

/**
 * Baseline for the benchmark: the same sheets and rows written with bare exceljs (default options: no
 * style table, widths, frozen panes or filters). `writeQuarterlyWorkbook` must stay within 1.5× of it.
 */
export async function writeBareQuarterlyWorkbook(data: QuarterlyReportData, output: Writable): Promise<void> {
  await writeSheets(quarterlySheetSpecs(data), output, { useStyles: false }, (workbook, spec, taken) => {
    const sheet = workbook.addWorksheet(safeSheetName(spec.name, taken));
    sheet.addRow(spec.columns.map((column) => column.header)).commit();
    if (spec.subHeader) sheet.addRow(spec.subHeader).commit();
    for (const values of spec.rows) sheet.addRow(values).commit();
    sheet.commit();
  });
}

export function buildBareQuarterlyWorkbook(data: QuarterlyReportData): Promise<Buffer> {
  return collect((stream) => writeBareQuarterlyWorkbook(data, stream));
}

type SheetWriter = (
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  spec: SheetSpec,
  taken: Set<string>,
) => void;

async function writeSheets(
  specs: SheetSpec[],
  output: Writable,
  options: { useStyles: boolean },
  writeSheet: SheetWriter,
): Promise<void> {
  // Inline strings, not shared strings: the shared-string table would hold every branch name in memory.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: options.useStyles,
    useSharedStrings: false,
  });
  workbook.creator = 'Pathboard';
  const taken = new Set<string>();
  for (const spec of specs) writeSheet(workbook, spec, taken);
  await workbook.commit();
}

function writeStyledSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  spec: SheetSpec,
  taken: Set<string>,
  grades: Map<string, Partial<Style>>,
): void {
  const headerRows = spec.subHeader ? 2 : 1;
  const sheet = workbook.addWorksheet(safeSheetName(spec.name, taken), {
    views: [{ state: 'frozen', xSplit: spec.frozenColumns, ySplit: headerRows }],
  });
  sheet.columns = spec.columns.map((column) => ({ width: column.width }));
  if (spec.autoFilter) {
    const last = columnLetter(spec.columns.length);
    sheet.autoFilter = `A${headerRows}:${last}${headerRows}`;
  }
  writeHeaderRow(
    sheet,
    spec.columns.map((column) => column.header),
    HEADER_STYLE,
    30,
  );
  if (spec.subHeader) writeHeaderRow(sheet, spec.subHeader, SUBHEADER_STYLE, undefined);

  const kinds = spec.columns.map((column) => column.kind);
  const cellKind = spec.cellKind;
  for (const values of spec.rows) {
    const row = sheet.addRow(values);
    for (let index = 0; index < kinds.length; index++) {
      const kind = (cellKind && cellKind(values[index], index)) || kinds[index];
      // Assigning the shared style object (not mutating the cell's own) is what lets exceljs reuse it.
      row.getCell(index + 1).style = cellStyle(kind, values[index], grades);
    }
    row.commit();
  }
  sheet.commit();
}

function writeHeaderRow(
  sheet: ExcelJS.Worksheet,
  values: string[],
  style: Partial<Style>,
  height: number | undefined,
): void {
  const row = sheet.addRow(values);
  if (height) row.height = height;
  for (let index = 1; index <= values.length; index++) row.getCell(index).style = style;
  row.commit();
}

async function collect(write: (stream: Writable) => Promise<void>): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  await write(stream);
  await ended;
  return Buffer.concat(chunks);
}
