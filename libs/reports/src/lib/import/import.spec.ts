import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { defaultFramework } from '@pathboard/frameworks';
import type { Framework, ValueMap } from '@pathboard/scoring';
import {
  BRANCH_CODE_KEY,
  DATA_SHEET,
  importColumns,
  importFieldLabel,
  META_SHEET,
  README_SHEET,
} from './columns';
import { parseImportWorkbook, type KnownBranch } from './parse';
import { buildImportTemplate, type TemplateBranch } from './template';

const framework = defaultFramework;
const PERIOD = '2026Q4';

const fullValues: ValueMap = {
  ORG_MEETINGS: { numerator: 11, denominator: 12 },
  ORG_THEME_DAYS: 2,
  ORG_LIFE_MEETINGS: true,
  ORG_RESPONSIBILITY_LIST: ['LIST_ESTABLISHED', 'ASSIGNED_TO_PERSONS'],
  ORG_WORK_PLAN: 'FAIR',
  ORG_INFO_PLATFORM: false,
  ORG_JOINT_BUILDING: 1.5,
  ORG_RURAL_REVITALIZATION: 1,
  ORG_INNOVATION_BONUS: 1,
  SUP_APPRAISAL_PARTICIPATION: 0.85,
  SUP_SATISFACTION: 0.9,
  INT_RISK_POINTS: [],
  INT_FOUR_WINDS_VIOLATIONS: 0,
  INT_SERIOUS_VIOLATION_VETO: false,
  TRN_CADRE_EVALUATION: 'GOOD',
};

const branches: TemplateBranch[] = [
  { code: 'B001', name: '城东村党支部', sector: 'RURAL', values: fullValues },
  {
    code: 'B002',
    name: '幸福社区党支部',
    sector: 'COMMUNITY',
    values: { ORG_MEETINGS: { numerator: 3, denominator: 3 } },
  },
  { code: 'B003', name: '区财政局机关党支部', sector: 'ORGAN' },
];
const known: KnownBranch[] = branches.map((b) => ({ code: b.code, sector: b.sector }));

/** Open a template, let `edit` change the data sheet like a person would, and save it again. */
async function edited(
  edit: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void,
  source?: Buffer,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    (source ?? (await buildImportTemplate(framework, branches, PERIOD))) as unknown as ArrayBuffer,
  );
  edit(workbook.getWorksheet(DATA_SHEET)!, workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Column number of a header code in row 1. */
function col(sheet: ExcelJS.Worksheet, key: string): number {
  let found = 0;
  sheet.getRow(1).eachCell((cell, number) => {
    if (cell.value === key) found = number;
  });
  if (!found) throw new Error(`no column ${key}`);
  return found;
}

const parse = (buffer: Buffer, frameworkUsed: Framework = framework) =>
  parseImportWorkbook(buffer, frameworkUsed, known, { period: PERIOD });

describe('import template', () => {
  it('has codes in row 1, Chinese names in row 2, one row per branch, drop-downs, a readme and a hidden meta sheet', async () => {
    const buffer = await buildImportTemplate(framework, branches, PERIOD);
    const book = XLSX.read(buffer, { type: 'buffer' });
    expect(book.SheetNames).toEqual([DATA_SHEET, README_SHEET, META_SHEET]);
    expect(book.Workbook?.Sheets?.[2].Hidden).toBe(1);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[DATA_SHEET], { header: 1, defval: null });
    expect(rows[0].slice(0, 4)).toEqual([
      BRANCH_CODE_KEY,
      'BRANCH_NAME',
      'ORG_MEETINGS.numerator',
      'ORG_MEETINGS.denominator',
    ]);
    expect(rows[1].slice(0, 4)).toEqual([
      '支部编码',
      '支部名称',
      '三会一课落实率·分子',
      '三会一课落实率·分母',
    ]);
    expect(rows[0]).toContain('ORG_RESPONSIBILITY_LIST.LIST_ESTABLISHED');
    expect(rows[0]).toContain('ORG_WORK_PLAN');
    expect(rows.slice(2).map((row) => row[0])).toEqual(['B001', 'B002', 'B003']);
    expect(rows[0]).toHaveLength(2 + importColumns(framework).length);
    const xml = await new ExcelJS.Workbook().xlsx
      .load(buffer as unknown as ArrayBuffer)
      .then((wb) => wb.getWorksheet(DATA_SHEET)!);
    const plan = col(xml, 'ORG_WORK_PLAN');
    expect(xml.getCell(3, plan).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"好,较好,一般,差"'],
    });
    expect(xml.getCell(3, col(xml, 'ORG_LIFE_MEETINGS')).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"是,否"'],
    });
  });
});

describe('import round trip', () => {
  it('gives back the pre-filled values exactly', async () => {
    const result = await parse(await buildImportTemplate(framework, branches, PERIOD));
    expect(result.errors).toEqual([]);
    expect(result.meta).toEqual({
      period: PERIOD,
      frameworkCode: framework.code,
      frameworkVersion: framework.version,
    });
    expect(result.rows.map((row) => row.branchCode)).toEqual(['B001', 'B002', 'B003']);
    expect(result.rows[0].values).toEqual(fullValues);
    expect(result.rows[1].values).toEqual({ ORG_MEETINGS: { numerator: 3, denominator: 3 } });
    expect(result.rows[2]).toEqual({ row: 5, branchCode: 'B003', values: {} });
  });

  it('reads what a person types: text numbers, percentages, 是/否 words and band names', async () => {
    const buffer = await edited((sheet) => {
      sheet.getCell(5, col(sheet, 'ORG_MEETINGS.numerator')).value = '８';
      sheet.getCell(5, col(sheet, 'ORG_MEETINGS.denominator')).value = ' 10 ';
      sheet.getCell(5, col(sheet, 'SUP_APPRAISAL_PARTICIPATION')).value = '92%';
      sheet.getCell(5, col(sheet, 'ORG_LIFE_MEETINGS')).value = 'Y';
      sheet.getCell(5, col(sheet, 'INT_RISK_POINTS.SCREENING')).value = '是';
      sheet.getCell(5, col(sheet, 'TRN_CADRE_EVALUATION')).value = '一般';
      sheet.getCell(5, col(sheet, 'TRN_STUDY_HOURS')).value = { formula: '4*2', result: 8 };
    });
    const result = await parse(buffer);
    expect(result.errors).toEqual([]);
    expect(result.rows[2].values).toEqual({
      ORG_MEETINGS: { numerator: 8, denominator: 10 },
      SUP_APPRAISAL_PARTICIPATION: 0.92,
      ORG_LIFE_MEETINGS: true,
      INT_RISK_POINTS: ['SCREENING'],
      TRN_CADRE_EVALUATION: 'AVERAGE',
      TRN_STUDY_HOURS: 8,
    });
  });
});

describe('malformed import files', () => {
  it('refuses an empty file and a file that is not a workbook', async () => {
    expect((await parse(Buffer.alloc(0))).errors).toEqual([
      expect.objectContaining({ row: null, code: 'EMPTY_FILE' }),
    ]);
    const text = await parse(Buffer.from('branch,ORG_MEETINGS\nB001,3\n'));
    expect(text.errors).toEqual([
      expect.objectContaining({ row: null, column: null, code: 'NOT_A_WORKBOOK' }),
    ]);
    expect(text.errors[0].reason.zh).toContain('不是有效的 Excel');
  });

  it('refuses a workbook without the header row, and one without data rows', async () => {
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Sheet1').addRow(['名称', '数量']);
    expect((await parse(Buffer.from(await other.xlsx.writeBuffer()))).errors.map((e) => e.code)).toEqual([
      'NO_HEADER',
    ]);
    const empty = await buildImportTemplate(framework, [], PERIOD);
    expect((await parse(empty)).errors.map((e) => e.code)).toEqual(['NO_ROWS']);
  });

  it('names missing, unknown and repeated columns', async () => {
    const buffer = await edited((sheet) => {
      sheet.spliceColumns(col(sheet, 'ORG_THEME_DAYS'), 1);
      const last = sheet.getRow(1).cellCount + 1;
      sheet.getCell(1, last).value = 'ORG_EXTRA';
      sheet.getCell(1, last + 1).value = 'ORG_WORK_PLAN';
    });
    const errors = (await parse(buffer)).errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 1, field: 'ORG_THEME_DAYS', code: 'MISSING_COLUMN' }),
        expect.objectContaining({ row: 1, field: 'ORG_EXTRA', code: 'UNKNOWN_COLUMN' }),
        expect.objectContaining({ row: 1, field: 'ORG_WORK_PLAN', code: 'DUPLICATE_COLUMN' }),
      ]),
    );
  });

  it('flags unknown, empty and repeated branch codes on their row', async () => {
    const buffer = await edited((sheet) => {
      sheet.getCell(3, 1).value = 'B999';
      sheet.addRow(['B002', '幸福社区党支部(重复)']);
      sheet.addRow([null, '无编码党支部']);
    });
    const errors = (await parse(buffer)).errors;
    expect(errors).toEqual([
      expect.objectContaining({ row: 3, column: 'A', field: BRANCH_CODE_KEY, code: 'UNKNOWN_BRANCH' }),
      expect.objectContaining({ row: 6, column: 'A', code: 'DUPLICATE_BRANCH' }),
      expect.objectContaining({ row: 7, column: 'A', code: 'MISSING_BRANCH_CODE' }),
    ]);
    expect(errors[1].reason.zh).toContain('第 4 行');
  });

  it('locates every bad cell by row, column and field, with zh and en reasons', async () => {
    let columns: Record<string, string> = {};
    const buffer = await edited((sheet) => {
      const letter = (key: string) => sheet.getColumn(col(sheet, key)).letter;
      columns = Object.fromEntries(
        [
          'ORG_THEME_DAYS',
          'ORG_LIFE_MEETINGS',
          'ORG_WORK_PLAN',
          'ORG_MEETINGS.denominator',
          'SUP_PETITIONS_RESOLVED.numerator',
          'TRN_STUDY_HOURS',
          'SUP_APPRAISAL_PARTICIPATION',
          'ORG_RURAL_REVITALIZATION',
          'INT_WARNING_EDUCATION',
        ].map((key) => [key, letter(key)]),
      );
      sheet.getCell(4, col(sheet, 'ORG_THEME_DAYS')).value = '三次';
      sheet.getCell(4, col(sheet, 'ORG_LIFE_MEETINGS')).value = '也许';
      sheet.getCell(4, col(sheet, 'ORG_WORK_PLAN')).value = '优';
      sheet.getCell(4, col(sheet, 'ORG_MEETINGS.denominator')).value = null;
      sheet.getCell(5, col(sheet, 'SUP_PETITIONS_RESOLVED.numerator')).value = 12;
      sheet.getCell(5, col(sheet, 'SUP_PETITIONS_RESOLVED.denominator')).value = 10;
      sheet.getCell(5, col(sheet, 'TRN_STUDY_HOURS')).value = -2;
      sheet.getCell(5, col(sheet, 'SUP_APPRAISAL_PARTICIPATION')).value = 1.5;
      sheet.getCell(5, col(sheet, 'ORG_RURAL_REVITALIZATION')).value = 1;
      sheet.getCell(5, col(sheet, 'INT_WARNING_EDUCATION')).value = 1.5;
    });
    const result = await parse(buffer);
    const found = result.errors.map((e) => [e.row, e.column, e.field, e.code]);
    expect(found).toEqual(
      expect.arrayContaining([
        [4, columns['ORG_THEME_DAYS'], 'ORG_THEME_DAYS', 'NOT_A_NUMBER'],
        [4, columns['ORG_LIFE_MEETINGS'], 'ORG_LIFE_MEETINGS', 'NOT_YES_NO'],
        [4, columns['ORG_WORK_PLAN'], 'ORG_WORK_PLAN', 'UNKNOWN_BAND'],
        [4, columns['ORG_MEETINGS.denominator'], 'ORG_MEETINGS.denominator', 'INCOMPLETE_RATIO'],
        [
          5,
          columns['SUP_PETITIONS_RESOLVED.numerator'],
          'SUP_PETITIONS_RESOLVED.numerator',
          'NUMERATOR_GT_DENOMINATOR',
        ],
        [5, columns['TRN_STUDY_HOURS'], 'TRN_STUDY_HOURS', 'NEGATIVE'],
        [5, columns['SUP_APPRAISAL_PARTICIPATION'], 'SUP_APPRAISAL_PARTICIPATION', 'RATE_OUT_OF_RANGE'],
        [5, columns['ORG_RURAL_REVITALIZATION'], 'ORG_RURAL_REVITALIZATION', 'NOT_APPLICABLE'],
        [5, columns['INT_WARNING_EDUCATION'], 'INT_WARNING_EDUCATION', 'NOT_AN_INTEGER'],
      ]),
    );
    expect(result.errors).toHaveLength(9);
    for (const error of result.errors) {
      expect(error.reason.zh).toMatch(/[\u4e00-\u9fa5]/);
      expect(error.reason.en).toMatch(/[a-z]/);
    }
    // Only the clean row is offered for applying; the API refuses the file while errors remain.
    expect(result.rows.map((row) => row.branchCode)).toEqual(['B001']);
  });

  it('refuses a template made for another period or framework version', async () => {
    const buffer = await buildImportTemplate(framework, branches, '2026Q3');
    expect((await parse(buffer)).errors.map((e) => e.code)).toEqual(['WRONG_PERIOD']);
    const newer: Framework = { ...framework, version: framework.version + 1 };
    expect(
      (await parse(await buildImportTemplate(framework, branches, PERIOD), newer)).errors.map((e) => e.code),
    ).toEqual(['WRONG_FRAMEWORK']);
  });
});

describe('importFieldLabel', () => {
  it('names a problem’s field by the header a person reads in the file', () => {
    expect(importFieldLabel(defaultFramework, 'ORG_MEETINGS.numerator')).toBe('三会一课落实率·分子');
    expect(importFieldLabel(defaultFramework, 'BRANCH_CODE')).toBe('支部编码');
    expect(importFieldLabel(defaultFramework, 'ORG_MEETINGS')).toBe('三会一课落实率');
    expect(importFieldLabel(defaultFramework, 'NOPE')).toBeNull();
    expect(importFieldLabel(defaultFramework, null)).toBeNull();
  });
});

describe('problem wording in the import', () => {
  it('names the indicator without its code (the list already names row, column and field)', async () => {
    const buffer = await edited((sheet) => {
      sheet.getCell(3, col(sheet, 'ORG_MEETINGS.numerator')).value = 13;
      sheet.getCell(3, col(sheet, 'ORG_MEETINGS.denominator')).value = 12;
    });
    const [error] = (await parse(buffer)).errors;
    expect(error).toMatchObject({
      row: 3,
      field: 'ORG_MEETINGS.numerator',
      code: 'NUMERATOR_GT_DENOMINATOR',
    });
    expect(error.reason).toEqual({
      zh: '三会一课落实率：分子大于分母（13 > 12）',
      en: `${framework.paths.flatMap((p) => p.indicators).find((i) => i.code === 'ORG_MEETINGS')!.name.en}: numerator is greater than denominator (13 > 12)`,
    });
    expect(error.reason.zh).not.toContain('ORG_MEETINGS');
  });

  it('a rate written as on the form (85) is refused with how to write it; 85%, ８５％ and 0.85 are read as 0.85', async () => {
    const rate = 'SUP_APPRAISAL_PARTICIPATION';
    const buffer = await edited((sheet) => {
      sheet.getCell(3, col(sheet, rate)).value = 85;
      sheet.getCell(4, col(sheet, rate)).value = 250;
    });
    const errors = (await parse(buffer)).errors;
    expect(errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [3, rate, 'RATE_OUT_OF_RANGE'],
      [4, rate, 'RATE_OUT_OF_RANGE'],
    ]);
    expect(errors[0].reason.zh).toMatch(/比率应在0到1之间（收到 85）：请填 0\.85 或 85%$/);
    expect(errors[0].reason.zh).not.toContain(rate);
    expect(errors[0].reason.en).toMatch(/write 0\.85 or 85%$/);
    expect(errors[1].reason.zh).toMatch(/收到 250）：请填0到1之间的小数（如 0\.85）或百分数（如 85%）$/);

    const written = await edited((sheet) => {
      sheet.getCell(3, col(sheet, rate)).value = '85%';
      sheet.getCell(4, col(sheet, rate)).value = '８５％';
      const percentCell = sheet.getCell(5, col(sheet, rate));
      percentCell.value = 0.85; // a cell formatted as percent in Excel: shows 85%, holds 0.85
      percentCell.numFmt = '0%';
    });
    const parsed = await parse(written);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((r) => r.values[rate])).toEqual([0.85, 0.85, 0.85]);
  });

  it('the readme tells how to write a rate, as the check does', async () => {
    const book = XLSX.read(await buildImportTemplate(framework, branches, PERIOD), { type: 'buffer' });
    const text = XLSX.utils
      .sheet_to_json<unknown[]>(book.Sheets[README_SHEET], { header: 1, defval: null })
      .flat()
      .join('\n');
    expect(text).toContain('0.85 或 85%');
    expect(text).toContain('只填 85');
  });
});
