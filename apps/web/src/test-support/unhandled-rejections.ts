/**
 * Collects the promise rejections nobody handled while each test of the calling `describe` ran (a
 * form check's rejected promise left uncaught, say): the list is emptied before each test, so a
 * test can require it to stay empty.
 */
export function collectUnhandledRejections(): unknown[] {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  beforeAll(() => process.on('unhandledRejection', onUnhandled));
  afterAll(() => process.off('unhandledRejection', onUnhandled));
  beforeEach(() => {
    unhandled.length = 0;
  });
  return unhandled;
}
