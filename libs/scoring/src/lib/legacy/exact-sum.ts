/**
 * A sum of decimals that adds framework constants as integers of micro-units (exact) and only
 * falls back to decimal additions for computed figures (a ratio's 22.9166…).
 */
import { Dec, fromMicro, microOf } from './decimal';

export class ExactSum {
  private micro = 0;
  private rest: Dec | null = null;

  add(d: Dec): void {
    const micro = microOf(d);
    if (micro === micro) this.micro += micro;
    else this.rest = this.rest === null ? d : this.rest.plus(d);
  }

  value(): Dec {
    const constants = fromMicro(this.micro);
    if (this.rest === null) return constants;
    return this.micro === 0 ? this.rest : constants.plus(this.rest);
  }
}
