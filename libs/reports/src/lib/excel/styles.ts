import type { Style } from 'exceljs';
import type { ColumnKind } from './sheet-spec';

/**
 * Cell styles are shared, frozen-in-practice objects: exceljs caches a style id per style *object*
 * (a WeakMap), so handing every cell one of these instead of a fresh object keeps styling nearly
 * free when writing hundreds of thousands of cells.
 */
const FONT = { name: '宋体', size: 11 };
const THIN = { style: 'thin' as const, color: { argb: 'FFD0D0D0' } };

function style(partial: Partial<Style>): Partial<Style> {
  return { font: FONT, ...partial };
}

export const HEADER_STYLE = style({
  font: { ...FONT, bold: true, color: { argb: 'FFFFFFFF' } },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC00000' } },
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  border: { bottom: THIN, right: THIN },
});

export const SUBHEADER_STYLE = style({
  font: { ...FONT, size: 9, color: { argb: 'FF595959' } },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } },
  alignment: { horizontal: 'center' },
});

export const TITLE_STYLE = style({ font: { ...FONT, size: 14, bold: true } });

const KIND_STYLES: Record<Exclude<ColumnKind, 'grade' | 'change'>, Partial<Style>> = {
  text: style({}),
  number: style({ numFmt: '0.00' }),
  integer: style({ numFmt: '0' }),
  percent: style({ numFmt: '0.00%' }),
  datetime: style({ numFmt: 'yyyy-mm-dd hh:mm' }),
};

const CHANGE_UP = style({ numFmt: '+0.00;-0.00;0.00', font: { ...FONT, color: { argb: 'FF00875A' } } });
const CHANGE_DOWN = style({ numFmt: '+0.00;-0.00;0.00', font: { ...FONT, color: { argb: 'FFC00000' } } });
const CHANGE_FLAT = style({ numFmt: '+0.00;-0.00;0.00' });

/** Grade colours by position in the framework's grade list (best first). */
const GRADE_FILLS = ['FFC6EFCE', 'FFDDEBF7', 'FFFFEB9C', 'FFFFC7CE', 'FFF8CBAD'];

export function gradeStyles(gradeNames: readonly string[]): Map<string, Partial<Style>> {
  const styles = new Map<string, Partial<Style>>();
  gradeNames.forEach((name, index) => {
    const argb =
      index === gradeNames.length - 1 ? GRADE_FILLS[3] : GRADE_FILLS[Math.min(index, GRADE_FILLS.length - 1)];
    styles.set(
      name,
      style({
        fill: { type: 'pattern', pattern: 'solid', fgColor: { argb } },
        alignment: { horizontal: 'center' },
      }),
    );
  });
  return styles;
}

/** The style of one cell: fixed by the column kind, except grades and changes, which depend on the value. */
export function cellStyle(
  kind: ColumnKind,
  value: unknown,
  grades: Map<string, Partial<Style>>,
): Partial<Style> {
  switch (kind) {
    case 'grade':
      return (typeof value === 'string' && grades.get(value)) || KIND_STYLES.text;
    case 'change':
      return typeof value !== 'number' || value === 0 ? CHANGE_FLAT : value > 0 ? CHANGE_UP : CHANGE_DOWN;
    default:
      return KIND_STYLES[kind];
  }
}
