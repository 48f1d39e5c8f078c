import { Injectable, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { badUserInput } from './errors';

/** `@Args('id', { type: () => ID }, new UuidPipe('id'))`: BAD_USER_INPUT naming the argument unless a UUID. */
@Injectable()
export class UuidPipe implements PipeTransform<unknown, string> {
  constructor(private readonly field: string) {}

  transform(value: unknown): string {
    if (typeof value !== 'string' || !isUUID(value))
      throw badUserInput(`${this.field} must be a UUID`, { field: this.field });
    return value;
  }
}
