import type { Framework } from '@pathboard/scoring';
import { defaultFramework } from './default-framework';
import { validateFramework } from './validate-framework';

/** Shared by the validate-framework-*.spec.ts suites. */

/** A mutable deep copy of the default framework, to break in one place per fixture. */
export function fixture(): Framework {
  return JSON.parse(JSON.stringify(defaultFramework));
}

export function errorsOf(framework: unknown) {
  const result = validateFramework(framework);
  if (result.ok) throw new Error('expected the framework to be refused');
  return result.errors;
}
