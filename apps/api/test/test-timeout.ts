/**
 * A time limit for every test and hook of the API suites (60 s, or the third argument of `it`,
 * `beforeAll`…). jest-light-runner, which runs these suites, has none: a test waiting forever on a
 * lock or a socket would stop the whole run instead of failing with its name.
 */
const DEFAULT_TIMEOUT_MS = 60_000;

type Fn = (...args: unknown[]) => unknown;
type Register = (...args: unknown[]) => unknown;

function timed(fn: unknown, ms: number): unknown {
  // A callback-style test (`done`) is left as it is: none of these suites uses one.
  if (typeof fn !== 'function' || fn.length > 0) return fn;
  return function (this: unknown) {
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Exceeded timeout of ${ms} ms`)), ms);
    });
    return Promise.race([Promise.resolve().then(() => (fn as Fn).call(this)), limit]).finally(() =>
      clearTimeout(timer),
    );
  };
}

/** `it(name, fn, timeout)` and `beforeAll(fn, timeout)` alike: the function and the limit are the last two. */
function withLimit(register: Register, fnIndex: number): Register {
  const wrapped = (...args: unknown[]) => {
    const ms = typeof args[fnIndex + 1] === 'number' ? (args[fnIndex + 1] as number) : DEFAULT_TIMEOUT_MS;
    args[fnIndex] = timed(args[fnIndex], ms);
    return register(...args);
  };
  // it.each, it.skip, it.todo… stay the runner's own.
  return Object.assign(wrapped, register);
}

const scope = globalThis as unknown as Record<string, Register & Record<string, Register>>;
for (const name of ['it', 'test'] as const) {
  const register = scope[name];
  const wrapped = withLimit(register, 1) as Register & Record<string, Register>;
  wrapped['only'] = withLimit(register['only'], 1);
  scope[name] = wrapped;
}
for (const hook of ['beforeAll', 'beforeEach', 'afterAll', 'afterEach'] as const) {
  scope[hook] = withLimit(scope[hook], 0) as Register & Record<string, Register>;
}

export {};
