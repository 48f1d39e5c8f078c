/**
 * One step of a workflow test: a failure says which step broke (the test itself runs several
 * people's turns in order, because each depends on the one before).
 */
export async function step<T>(name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Error) {
      error.message = `step “${name}” failed: ${error.message}`;
      throw error;
    }
    throw new Error(`step “${name}” failed: ${String(error)}`);
  }
}

/** A score as the screens print it (two decimals). */
export const score = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : value.toFixed(2);

/**
 * Retries an assertion until it passes or `timeoutMs` runs out (then throws its last error): for
 * what the page updates on its own (a re-render after typing), where a single read could be early.
 */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
