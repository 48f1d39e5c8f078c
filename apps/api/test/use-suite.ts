import type { TestApp } from './test-app';

/**
 * For the *.int-fixtures.ts modules' use…Suite(): registers, in the calling describe, a beforeAll that
 * runs `start` and an afterAll that closes its app, and returns the suite object. Its fields are set
 * once beforeAll has run: read them inside tests and hooks, not in the describe body.
 */
export function useSuite<S extends { t: TestApp }>(start: () => Promise<S>): S {
  const suite = {} as S;
  beforeAll(async () => {
    Object.assign(suite, await start());
  });
  afterAll(() => suite.t?.close());
  return suite;
}
