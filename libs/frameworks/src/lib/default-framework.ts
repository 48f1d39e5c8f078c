import type { Framework } from '@pathboard/scoring';
import data from '../../data/default-framework.json';

/**
 * docs/domain.md's default framework. data/default-framework.json is the source of truth (office staff
 * and the API seed read the JSON); a test checks it passes validateFramework. Frozen so one
 * caller cannot change the framework for everyone else in the process.
 */
export const defaultFramework: Framework = deepFreeze(data as unknown as Framework);

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
