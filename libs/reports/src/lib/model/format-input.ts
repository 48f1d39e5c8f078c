import { ruleInput, type IndicatorInput, type Rule } from '@pathboard/scoring';

/**
 * An input as a person entered it, for the value matrix: numbers stay numbers (so they can be
 * summed in Excel), the other shapes become the words of the score sheet.
 */
export function displayInput(rule: Rule, input: IndicatorInput | undefined): string | number | null {
  if (input === null || input === undefined) return null;
  if (typeof input === 'number') return input;
  if (typeof input === 'boolean') return input ? '是' : '否';
  // Checklist items and rating bands by name: the options of the rule's input (its module in the registry).
  const options = ruleInput(rule).options;
  if (Array.isArray(input)) {
    if (!options) return input.join('、');
    const names = new Map(options.map((option) => [option.value, option.label.zh]));
    return input.map((code) => names.get(code) ?? code).join('、') || '（无）';
  }
  if (typeof input === 'string') return options?.find((option) => option.value === input)?.label.zh ?? input;
  return `${input.numerator}/${input.denominator}`;
}
