import { existsSync } from 'node:fs';
import path from 'node:path';
import { DEV_JWT_SECRET, durationToSeconds, Env, parseEnv } from './env.schema';

/** DI token for the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');

export interface AppConfig {
  nodeEnv: Env['NODE_ENV'];
  port: number;
  host: string;
  /** Set: PostgreSQL via pg. Unset: embedded PGlite in `dataDir`. */
  databaseUrl?: string;
  /** Absolute. */
  dataDir: string;
  jwtSecret: string;
  /** True when JWT_SECRET was not set and the development default is used. */
  jwtSecretIsDefault: boolean;
  jwtTtlSeconds: number;
  logLevel: string;
  demoData: boolean;
  /**
   * express `trust proxy`: which proxies' X-Forwarded-For to believe for the client address that the
   * login throttle counts per address, and whether a request came over HTTPS (HSTS). false = the
   * socket's peer address and protocol.
   */
  trustProxy: boolean | number | string;
  /** Absolute. */
  webDistDir: string;
  repoRoot: string;
  /** Minutes between the scheduled deadline/rectification checks; 0 turns them off. */
  notifyCheckMinutes: number;
  /** "Deadline in N days" (截止前提醒) is sent this many days ahead. */
  notifyDaysBefore: number;
}

/** The monorepo root (the folder holding nx.json), found from this file; falls back to the cwd. */
export function findRepoRoot(start = __dirname): string {
  let dir = start;
  for (;;) {
    if (existsSync(path.join(dir, 'nx.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

/** Parse and resolve the environment once. Throws EnvValidationError naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const e = parseEnv(env);
  const repoRoot = findRepoRoot();
  const abs = (p: string) => (path.isAbsolute(p) ? p : path.resolve(repoRoot, p));
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: abs(e.DATA_DIR ?? '.data'),
    jwtSecret: e.JWT_SECRET ?? DEV_JWT_SECRET,
    jwtSecretIsDefault: !e.JWT_SECRET,
    jwtTtlSeconds: durationToSeconds(e.JWT_TTL),
    logLevel: e.LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'warn' : 'info'),
    demoData: e.DEMO_DATA,
    trustProxy: e.TRUST_PROXY === 'false' ? false : e.TRUST_PROXY === 'true' ? true : /^\d+$/.test(e.TRUST_PROXY) ? Number(e.TRUST_PROXY) : e.TRUST_PROXY,
    webDistDir: abs(e.WEB_DIST_DIR),
    repoRoot,
    notifyCheckMinutes: e.NOTIFY_CHECK_MINUTES,
    notifyDaysBefore: e.NOTIFY_DAYS_BEFORE,
  };
}
