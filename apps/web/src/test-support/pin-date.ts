/**
 * Pins what `new Date()` and `Date.now()` say for the specs of a file, and nothing else (timers,
 * animation frames and promises run as usual). For screens whose rules read today's date (a
 * deadline must be in the future): their specs use 2026–2027 dates, and must pass on any later day.
 */
export function pinDate(iso: string): void {
  beforeAll(() => {
    jest.useFakeTimers({
      now: new Date(iso),
      doNotFake: [
        'hrtime',
        'nextTick',
        'performance',
        'queueMicrotask',
        'requestAnimationFrame',
        'cancelAnimationFrame',
        'requestIdleCallback',
        'cancelIdleCallback',
        'setImmediate',
        'clearImmediate',
        'setInterval',
        'clearInterval',
        'setTimeout',
        'clearTimeout',
      ],
    });
  });
  afterAll(() => jest.useRealTimers());
}
