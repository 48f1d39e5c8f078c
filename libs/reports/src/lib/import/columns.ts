import {
  ruleInput,
  type ChoiceOption,
  type Framework,
  type Indicator,
  type LocalizedText,
} from '@pathboard/scoring';

/**
 * The import file's column layout, derived from the framework and shared by the template builder
 * and the parser so the two cannot drift apart. Row 1 holds the machine codes below (what the
 * parser reads), row 2 the Chinese names (what people read), data starts on row 3.
 */
export const BRANCH_CODE_KEY = 'BRANCH_CODE';
export const BRANCH_NAME_KEY = 'BRANCH_NAME';
/** Row-2 headers of the two branch columns. */
export const BRANCH_CODE_LABEL = '支部编码';
export const BRANCH_NAME_LABEL = '支部名称';
export const CODE_ROW = 1;
export const NAME_ROW = 2;
export const FIRST_DATA_ROW = 3;
export const DATA_SHEET = '填报';
export const README_SHEET = '填报说明';
export const META_SHEET = '_meta';

/**
 * `number` any number ≥ 0 (counts may be fractional, e.g. hours); `integer` a whole count;
 * `rate` a share in [0, 1] (85% or 0.85); `yesno` 是/否; `band` a rating band name;
 * `item` one checklist item, 是 (present) or 否.
 */
export type CellKind = 'number' | 'integer' | 'rate' | 'yesno' | 'band' | 'item';

export interface ImportColumn {
  /** Header code in row 1, e.g. `ORG_MEETINGS.numerator`. */
  key: string;
  /** Chinese header in row 2. */
  label: string;
  indicator: Indicator;
  kind: CellKind;
  /** `numerator` / `denominator` for ratios, the item code for checklists. */
  part?: string;
  /** A band column's bands (code and name), in the framework's order. */
  options?: ChoiceOption[];
}

export function importColumns(framework: Framework): ImportColumn[] {
  return framework.paths.flatMap((path) => path.indicators.flatMap((indicator) => columnsOf(indicator)));
}

/** The columns of one indicator, from what its rule's module says a person enters (its input kind). */
function columnsOf(indicator: Indicator): ImportColumn[] {
  const input = ruleInput(indicator.rule);
  const name = indicator.name.zh;
  const one = (kind: CellKind, suffix = ''): ImportColumn[] => [
    {
      key: indicator.code,
      label: `${name}${suffix}`,
      indicator,
      kind,
      ...(input.options ? { options: input.options } : {}),
    },
  ];
  switch (input.kind) {
    case 'fraction':
      return [
        {
          key: `${indicator.code}.numerator`,
          label: `${name}·分子`,
          indicator,
          kind: 'integer',
          part: 'numerator',
        },
        {
          key: `${indicator.code}.denominator`,
          label: `${name}·分母`,
          indicator,
          kind: 'integer',
          part: 'denominator',
        },
      ];
    case 'checklist':
      return (input.options ?? []).map((item) => ({
        key: `${indicator.code}.${item.value}`,
        label: `${name}·${item.label.zh}`,
        indicator,
        kind: 'item' as const,
        part: item.value,
      }));
    case 'band':
      return one('band');
    case 'yesNo':
      return one('yesno');
    case 'percent':
      return one('rate', '（比率）');
    case 'count':
      return input.integer
        ? one('integer', '（次数）')
        : one('number', input.unit ? `（${input.unit.zh}）` : '');
    case 'number':
      return one('number');
  }
}

/**
 * The header a person reads (row 2) for a problem's field: a column key (`ORG_MEETINGS.numerator`
 * → 三会一课落实率·分子), a branch column, or a bare indicator code (its name). Null when unknown.
 */
export function importFieldLabel(framework: Framework, field: string | null): string | null {
  if (!field) return null;
  if (field === BRANCH_CODE_KEY) return BRANCH_CODE_LABEL;
  if (field === BRANCH_NAME_KEY) return BRANCH_NAME_LABEL;
  const column = importColumns(framework).find((c) => c.key === field);
  if (column) return column.label;
  const indicator = framework.paths.flatMap((p) => p.indicators).find((i) => i.code === field);
  return indicator ? indicator.name.zh : null;
}

/** How to fill a column, for the readme sheet. */
export function columnHelp(column: ImportColumn): LocalizedText {
  switch (column.kind) {
    case 'integer':
      return column.part
        ? {
            zh: '非负整数；分子不大于分母，分母大于0',
            en: 'whole number ≥ 0; numerator ≤ denominator, denominator > 0',
          }
        : { zh: '非负整数（次数）', en: 'whole number ≥ 0 (a count)' };
    case 'number':
      return { zh: '数字', en: 'a number' };
    case 'rate':
      return {
        zh: '0到1之间的小数或百分数，如 0.85 或 85%（不要只填 85）',
        en: 'a share in [0, 1], e.g. 0.85 or 85% (not a bare 85)',
      };
    case 'yesno':
      return { zh: '是 或 否', en: '是 (yes) or 否 (no)' };
    case 'item':
      return { zh: '是（已完成）或 否', en: '是 (done) or 否' };
    case 'band': {
      const options = column.options ?? [];
      return {
        zh: `从下拉列表选择：${options.map((band) => band.label.zh).join('、')}`,
        en: `pick one: ${options.map((band) => band.label.en).join(', ')}`,
      };
    }
  }
}

export const YES_WORDS = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓', '有']);
export const NO_WORDS = new Set(['否', 'n', 'no', 'false', '0', '×', '✗', '无']);
