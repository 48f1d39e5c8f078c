import type { ImportError } from './errors';

/**
 * Keeps the first `cap` problems and counts the rest, so a file with a problem in every cell costs
 * neither the memory nor the response size of hundreds of thousands of error objects. Problems arrive
 * in file order (file and header problems, then rows top to bottom), so the kept ones are the first.
 */
export class CappedErrors {
  private readonly kept: ImportError[] = [];
  private total = 0;

  constructor(private readonly cap: number) {}

  push(...errors: ImportError[]): void {
    for (const error of errors) {
      this.total++;
      if (this.kept.length < this.cap) this.kept.push(error);
    }
  }

  result(): { errors: ImportError[]; omittedErrors: number } {
    const errors = [...this.kept].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    return { errors, omittedErrors: this.total - this.kept.length };
  }
}

export type ErrorSink = Pick<CappedErrors, 'push'>;
