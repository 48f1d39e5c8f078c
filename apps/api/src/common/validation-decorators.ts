import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsDefined, ValidateIf } from 'class-validator';

/**
 * For an optional input field that has no "no value" (a name, a code, a flag): omitted keeps the
 * current value, but an explicit `null` is refused with BAD_USER_INPUT naming the field, instead of
 * reaching the database (`@IsOptional()` lets null through).
 */
export function OmitOrSet(): PropertyDecorator {
  return applyDecorators(
    ValidateIf((_object: unknown, value: unknown) => value !== undefined),
    IsDefined({ message: '$property must not be null (omit it to keep the current value)' }),
  );
}

/** Trims a string before validation, so a whitespace-only name meets `@IsNotEmpty()` as empty. */
export function Trim(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
}
