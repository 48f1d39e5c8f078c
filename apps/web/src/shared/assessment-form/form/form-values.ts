import {
  type Framework,
  type IndicatorInput,
  isApplicable,
  type RatioInput,
  type Sector,
  type ValueMap,
} from '@pathboard/scoring';
import { fieldSpecFor, type FieldSpec } from './field-spec';

/** Both parts of a ratio as typed; either may still be empty. */
export interface FractionValue {
  numerator: number | null;
  denominator: number | null;
}

/**
 * One field's value in the form. `null` means not answered. A checklist answered with nothing
 * present is `[]`, which is different from not answered.
 */
export type FormValue = FractionValue | number | string | string[] | boolean | null;

/** indicator code → form value, for the applicable indicators. */
export type FormState = Record<string, FormValue>;

/**
 * Moves the decimal point by string exponent rather than multiplying, so 57.3% becomes exactly
 * the rate 0.573 (57.3 / 100 is 0.5730000000000001 in floating point) and back.
 */
export function shiftDecimal(value: number, places: number): number {
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

function isFraction(value: unknown): value is FractionValue {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    'numerator' in value &&
    'denominator' in value
  );
}

function isRatioInput(value: unknown): value is RatioInput {
  return isFraction(value) && typeof value.numerator === 'number' && typeof value.denominator === 'number';
}

const numberOrNull = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

export function emptyFormValue(spec: FieldSpec): FormValue {
  return spec.kind === 'fraction' ? { numerator: null, denominator: null } : null;
}

/** Form value → the engine's IndicatorInput; anything incomplete is missing (null). */
export function toIndicatorInput(spec: FieldSpec, value: FormValue): IndicatorInput {
  switch (spec.kind) {
    case 'fraction': {
      if (!isFraction(value) || value.numerator === null || value.denominator === null) return null;
      return { numerator: value.numerator, denominator: value.denominator };
    }
    case 'percent': {
      const percent = numberOrNull(value);
      return percent === null ? null : shiftDecimal(percent, -2);
    }
    case 'count':
    case 'number':
      return numberOrNull(value);
    case 'band':
      return typeof value === 'string' && value !== '' ? value : null;
    case 'checklist': {
      if (!Array.isArray(value)) return null;
      // the framework's order, each once, so saved values compare equal however they were ticked
      const order = (spec.options ?? []).map((o) => o.value);
      const known = order.filter((code) => value.includes(code));
      const unknown = value.filter((code) => !order.includes(code));
      return [...known, ...unknown];
    }
    case 'yesNo':
      return typeof value === 'boolean' ? value : null;
  }
}

/** Stored IndicatorInput → form value; a value of the wrong shape shows as unanswered. */
export function toFormValue(spec: FieldSpec, input: IndicatorInput | undefined): FormValue {
  if (input === null || input === undefined) return emptyFormValue(spec);
  switch (spec.kind) {
    case 'fraction':
      return isRatioInput(input)
        ? { numerator: input.numerator, denominator: input.denominator }
        : emptyFormValue(spec);
    case 'percent':
      return typeof input === 'number' ? shiftDecimal(input, 2) : null;
    case 'count':
    case 'number':
      return numberOrNull(input);
    case 'band':
      return typeof input === 'string' ? input : null;
    case 'checklist':
      return Array.isArray(input) ? [...input] : null;
    case 'yesNo':
      return typeof input === 'boolean' ? input : null;
  }
}

/** The fields a branch of `sector` fills in, path by path, in framework order. */
export function applicableFields(
  framework: Framework,
  sector?: Sector,
): { pathCode: string; fields: FieldSpec[] }[] {
  return framework.paths.map((path) => ({
    pathCode: path.code,
    fields: path.indicators.filter((i) => isApplicable(i, sector)).map(fieldSpecFor),
  }));
}

function allFields(framework: Framework, sector?: Sector): FieldSpec[] {
  return applicableFields(framework, sector).flatMap((p) => p.fields);
}

export function formStateFromValues(framework: Framework, values: ValueMap, sector?: Sector): FormState {
  return Object.fromEntries(
    allFields(framework, sector).map((spec) => [spec.code, toFormValue(spec, values[spec.code])]),
  );
}

/**
 * The form → the ValueMap sent by saveIndicatorValues. Unanswered fields are sent as null so
 * clearing a field clears the stored value; indicators that do not apply are never sent.
 */
export function valuesFromFormState(framework: Framework, state: FormState, sector?: Sector): ValueMap {
  return Object.fromEntries(
    allFields(framework, sector).map((spec) => [spec.code, toIndicatorInput(spec, state[spec.code] ?? null)]),
  );
}

/** answered / applicable, as the engine's completeness counts them. */
export function formCompleteness(
  framework: Framework,
  state: FormState,
  sector?: Sector,
): { answered: number; applicable: number } {
  const fields = allFields(framework, sector);
  const answered = fields.filter((spec) => toIndicatorInput(spec, state[spec.code] ?? null) !== null).length;
  return { answered, applicable: fields.length };
}
