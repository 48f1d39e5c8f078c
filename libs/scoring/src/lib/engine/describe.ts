/** Public helpers for showing inputs, built on the compiled framework. */
import type { Framework, IndicatorInput, LocalizedText } from '../types';
import { compile } from './compile';
import { describeCompiledInput } from './explain';

/** An indicator's input in words for a table cell ("11/12", "是", a band's name); unknown code: the raw value. */
export function describeInput(
  framework: Framework,
  code: string,
  input: IndicatorInput | undefined,
): LocalizedText {
  const ci = compile(framework).byCode.get(code);
  if (!ci) return { zh: String(input ?? ''), en: String(input ?? '') };
  return describeCompiledInput(ci, input);
}
