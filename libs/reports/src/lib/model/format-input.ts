import type { IndicatorInput, Rule } from '@pathboard/scoring';

/**
 * An input as a person entered it, for the value matrix: numbers stay numbers (so they can be
 * summed in Excel), the other shapes become the words of the score sheet.
 */
export function displayInput(rule: Rule, input: IndicatorInput | undefined): string | number | null {
  if (input === null || input === undefined) return null;
  if (typeof input === 'number') return input;
  if (typeof input === 'boolean') return input ? '是' : '否';
  if (Array.isArray(input)) {
    if (rule.type !== 'checklist') return input.join('、');
    const names = new Map(rule.items.map((item) => [item.code, item.name.zh]));
    return input.map((code) => names.get(code) ?? code).join('、') || '（无）';
  }
  if (typeof input === 'string') {
    if (rule.type === 'rating') return rule.bands.find((band) => band.code === input)?.name.zh ?? input;
    return input;
  }
  return `${input.numerator}/${input.denominator}`;
}
