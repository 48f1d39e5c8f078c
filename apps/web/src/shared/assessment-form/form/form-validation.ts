import { type Framework, type Sector, validateValues, type ValueIssue } from '@pathboard/scoring';
import type { FieldSpec } from './field-spec';
import { applicableFields, type FormState, type FractionValue, valuesFromFormState } from './form-values';

export interface FieldMessage {
  /** `numerator` / `denominator` for a fraction's half, else absent (the whole field). */
  part?: 'numerator' | 'denominator';
  code: string;
  message: string;
}

/** indicator code → what is wrong with its field, in the user's language. Empty: all good. */
export type FormIssues = Record<string, FieldMessage[]>;

export interface ValidateFormOptions {
  sector?: Sector;
  lang: 'zh' | 'en';
  t: (key: string) => string;
}

/**
 * The engine's messages begin by naming the indicator ("指标 ORG_MEETINGS（三会一课落实率）：…"). Under
 * the field itself that is noise, so only the problem is kept; anything else is shown whole.
 */
export function problemOnly(message: string): string {
  return message.replace(/^(?:指标|Indicator) \S+?(?:\s?[(（][^)）]*[)）])?\s?[:：]\s*/, '');
}

function partOf(field: string | undefined): FieldMessage['part'] {
  return field === 'numerator' || field === 'denominator' ? field : undefined;
}

/** Checks the engine cannot make, because they concern how the form was filled in. */
function formOnlyIssue(
  spec: FieldSpec,
  value: FormState[string],
  t: ValidateFormOptions['t'],
): FieldMessage | null {
  if (spec.kind === 'fraction' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const fraction = value as FractionValue;
    const { numerator, denominator } = fraction;
    if ((numerator === null) !== (denominator === null)) {
      return {
        part: numerator === null ? 'numerator' : 'denominator',
        code: 'INCOMPLETE_PAIR',
        message: t('form.incompletePair'),
      };
    }
    // Both halves count occurrences or people. Said here, because the engine accepts any ratio and
    // the input must not round 2.5 to 3 behind the person's back.
    const fractional = (['numerator', 'denominator'] as const).find(
      (part) => typeof fraction[part] === 'number' && !Number.isInteger(fraction[part]),
    );
    if (fractional) return { part: fractional, code: 'NOT_A_WHOLE_NUMBER', message: t('form.wholeNumber') };
  }
  if (spec.kind === 'percent' && typeof value === 'number' && (value < 0 || value > 100)) {
    // checked here, not by the engine, so the message speaks of the percent the person typed
    return { code: 'PERCENT_OUT_OF_RANGE', message: t('form.percentRange') };
  }
  return null;
}

/**
 * Validates the whole form at once with the same engine the API uses (libs/scoring's
 * validateValues), so the browser refuses exactly what the server would refuse, before saving.
 */
export function validateForm(
  framework: Framework,
  state: FormState,
  options: ValidateFormOptions,
): FormIssues {
  const issues: FormIssues = {};
  const add = (code: string, message: FieldMessage) => (issues[code] ??= []).push(message);
  const values = valuesFromFormState(framework, state, options.sector);

  for (const spec of applicableFields(framework, options.sector).flatMap((p) => p.fields)) {
    const local = formOnlyIssue(spec, state[spec.code] ?? null, options.t);
    if (local) {
      add(spec.code, local);
      delete values[spec.code]; // the engine would only repeat the same problem less clearly
    }
  }

  const engineIssues: ValueIssue[] = validateValues(framework, values, { sector: options.sector });
  for (const issue of engineIssues) {
    add(issue.indicator, {
      part: partOf(issue.field),
      code: issue.code,
      message: problemOnly(issue.message[options.lang]),
    });
  }
  return issues;
}

export function hasIssues(issues: FormIssues): boolean {
  return Object.values(issues).some((list) => list.length > 0);
}
