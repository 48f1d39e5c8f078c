/**
 * `checklist` (每缺一项扣 k 分): max(0, M − Σ deduction of each missing item); an item's own
 * deduction, default the rule's k. docs/domain.md#checklist. Input: the codes of the items present.
 */
import { fmt, fromNumber, Fraction, max, minus, plus, ZERO } from '../engine/fraction';
import { show } from '../engine/issues';
import type { LocalizedText } from '../types';
import { defineRule } from './rule-module';
import { arrayOf, duplicateCodes, MAX_POINTS, NON_NEGATIVE } from './shared';

export interface ChecklistItem {
  code: string;
  name: LocalizedText;
  /** This item's deduction when missing; default the rule's `deduction`. */
  deduction?: number;
}

export interface ChecklistRule {
  type: 'checklist';
  maxPoints: number;
  deduction: number;
  items: ChecklistItem[];
}

interface ChecklistCalc {
  codes: string[];
  names: LocalizedText[];
  deductions: Fraction[];
  /** Points by the bitmask of items present, for lists of up to TABLE_ITEMS items. */
  byMask: Fraction[] | null;
}

/** Lists of at most this many items get a table of 2ⁿ entries; longer ones add up their deductions. */
const TABLE_ITEMS = 10;

function pointsMissing(m: Fraction, deductions: Fraction[], isMissing: (i: number) => boolean): Fraction {
  let missing = ZERO;
  for (let i = 0; i < deductions.length; i++) if (isMissing(i)) missing = plus(missing, deductions[i]);
  return max(ZERO, minus(m, missing));
}

export const checklist = defineRule<ChecklistRule, ChecklistCalc>({
  type: 'checklist',
  role: 'base',
  defaults: {
    type: 'checklist',
    maxPoints: 10,
    deduction: 5,
    items: [
      { code: 'ITEM_1', name: { zh: '事项一', en: 'item 1' } },
      { code: 'ITEM_2', name: { zh: '事项二', en: 'item 2' } },
    ],
  },
  name: { zh: '清单缺项扣分', en: 'checklist' },
  formula: {
    zh: '每缺一项扣该项的分（未单列的扣“每次扣分”），此项扣完为止；勾选已具备的清单项。',
    en: 'Points off for each missing item: max(0, M − Σ deduction of each missing item). Input: the item codes present.',
  },
  params: {
    properties: { maxPoints: MAX_POINTS, deduction: NON_NEGATIVE, items: arrayOf('checklistItem', 50) },
    required: ['maxPoints', 'deduction', 'items'],
  },
  check: (rule) =>
    duplicateCodes(
      rule.items.map((item) => item.code),
      'items',
      'checklist item',
    ),
  input: (rule) => ({
    kind: 'checklist',
    integer: false,
    options: rule.items.map((i) => ({ value: i.code, label: i.name })),
  }),
  maxPoints: (rule) => rule.maxPoints,
  compile(rule, { m }) {
    const deductions = rule.items.map((item) => fromNumber(item.deduction ?? rule.deduction));
    const codes = rule.items.map((item) => item.code);
    let byMask: Fraction[] | null = null;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: equivalent, the table by item mask only saves work: without it the same deductions are summed item by item
    if (codes.length <= TABLE_ITEMS) {
      byMask = new Array(1 << codes.length);
      for (let mask = 0; mask < byMask.length; mask++)
        byMask[mask] = pointsMissing(m, deductions, (i) => (mask & (1 << i)) === 0).asFixed();
    }
    return { codes, names: rule.items.map((item) => item.name), deductions, byMask };
  },
  validate(input, calc, fail) {
    if (!Array.isArray(input)) {
      fail('WRONG_SHAPE', 'a list of item codes');
      return;
    }
    for (let i = 0; i < input.length; i++) {
      const item: unknown = input[i];
      if (typeof item !== 'string') fail('WRONG_SHAPE', 'item codes (strings)', `items[${i}]`);
      else if (!calc.codes.includes(item)) fail('UNKNOWN_ITEM', show(item), `items[${i}]`);
      else if (input.indexOf(item) < i) fail('DUPLICATE_ITEM', show(item), `items[${i}]`);
    }
  },
  points(calc, input, m) {
    const present = input as string[];
    const codes = calc.codes;
    // Stryker disable next-line ConditionalExpression,BlockStatement: equivalent, the table by item mask only saves work (see compile)
    if (calc.byMask) {
      let mask = 0;
      codes.forEach((code, i) => {
        if (present.includes(code)) mask |= 1 << i;
      });
      return calc.byMask[mask];
    }
    return pointsMissing(m, calc.deductions, (i) => !present.includes(codes[i]));
  },
  explain(calc, input) {
    const present = input as string[];
    const missing = calc.codes.map((code, i) => (present.includes(code) ? -1 : i)).filter((i) => i >= 0);
    if (missing.length === 0) return { zh: '各项齐全', en: 'every item present' };
    return {
      zh: `缺 ${missing.map((i) => `${calc.names[i].zh}（−${fmt(calc.deductions[i])}）`).join('、')}`,
      en: `missing ${missing.map((i) => `${calc.names[i].en} (−${fmt(calc.deductions[i])})`).join(', ')}`,
    };
  },
  describeInput(rule, input) {
    if (!Array.isArray(input)) return null;
    const names = input.map(
      (code) => rule.items.find((item) => item.code === code)?.name ?? { zh: code, en: code },
    );
    return { zh: names.map((n) => n.zh).join('、') || '无', en: names.map((n) => n.en).join(', ') || 'none' };
  },
  sample: (rule, q, random) => rule.items.filter(() => random() < 0.45 + 0.6 * q).map((item) => item.code),
});
