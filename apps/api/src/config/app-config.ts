import { existsSync } from 'node:fs';
import path from 'node:path';
import type { PasswordHashCost } from '../users/password';
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
  /** Seed the demo district into an empty database. Off in production unless DEMO_DATA=true. */
  demoData: boolean;
  /**
   * express `trust proxy`: which proxies' X-Forwarded-For to believe for the client address that the
   * login throttle counts per address, and whether a request came over HTTPS (HSTS). false = the
   * socket's peer address and protocol.
   */
  trustProxy: boolean | number | string;
  /** Worker threads rendering report files. */
  reportWorkers: number;
  /** argon2id work per password hash: `standard`, or `test` in the test suites. */
  passwordHashCost: PasswordHashCost;
  /** Report downloads one user may have in flight; one more is answered 429. */
  reportRendersPerUser: number;
  /** Absolute. */
  webDistDir: string;
  repoRoot: string;
  /** Minutes between the scheduled deadline/rectification checks; 0 turns them off. */
  notifyCheckMinutes: number;
  /** "Deadline in N days" (截止前提醒) is sent this many days ahead. */
  notifyDaysBefore: number;
  /** IANA zone every date is shown in (DISTRICT_TIME_ZONE, default Asia/Shanghai). */
  timeZone: string;
  evidence: EvidenceConfig;
  /** Unset: notification e-mail is off (the default). */
  mail?: MailConfig;
  /** The URL users open (links in e-mail); unset: links are left out. */
  publicUrl?: string;
}

/** SMTP for notification e-mail (nodemailer). */
export interface MailConfig {
  host: string;
  port: number;
  secure: boolean;
  auth?: { user: string; pass: string };
  from: string;
  /** Seconds between passes of the mailer over unsent notifications. */
  pollSeconds: number;
}

/** Evidence files (佐证材料): limits and where the bytes live. */
export interface EvidenceConfig {
  maxFileBytes: number;
  maxAssessmentBytes: number;
  /** Unset: files on the local disk under `<dataDir>/evidence`. */
  s3?: {
    endpoint?: string;
    region: string;
    bucket: string;
    accessKeyId: string;
    secretAccessKey: string;
    forcePathStyle: boolean;
    prefix: string;
  };
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

const MB = 1024 * 1024;

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
    trustProxy:
      e.TRUST_PROXY === 'false'
        ? false
        : e.TRUST_PROXY === 'true'
          ? true
          : /^\d+$/.test(e.TRUST_PROXY)
            ? Number(e.TRUST_PROXY)
            : e.TRUST_PROXY,
    reportWorkers: e.REPORT_WORKERS,
    passwordHashCost: e.PASSWORD_HASH_COST,
    reportRendersPerUser: e.REPORT_RENDERS_PER_USER,
    webDistDir: abs(e.WEB_DIST_DIR),
    repoRoot,
    timeZone: e.DISTRICT_TIME_ZONE,
    evidence: {
      maxFileBytes: Math.round(e.EVIDENCE_MAX_FILE_MB * MB),
      maxAssessmentBytes: Math.round(e.EVIDENCE_MAX_ASSESSMENT_MB * MB),
      s3: e.S3_BUCKET
        ? {
            endpoint: e.S3_ENDPOINT,
            region: e.S3_REGION,
            bucket: e.S3_BUCKET,
            accessKeyId: e.S3_ACCESS_KEY_ID!,
            secretAccessKey: e.S3_SECRET_ACCESS_KEY!,
            forcePathStyle: e.S3_FORCE_PATH_STYLE,
            prefix: e.S3_PREFIX,
          }
        : undefined,
    },
    notifyCheckMinutes: e.NOTIFY_CHECK_MINUTES,
    notifyDaysBefore: e.NOTIFY_DAYS_BEFORE,
    mail: e.SMTP_HOST
      ? {
          host: e.SMTP_HOST,
          port: e.SMTP_PORT,
          secure: e.SMTP_SECURE,
          auth: e.SMTP_USER ? { user: e.SMTP_USER, pass: e.SMTP_PASSWORD! } : undefined,
          from: e.SMTP_FROM!,
          pollSeconds: e.MAIL_POLL_SECONDS,
        }
      : undefined,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
  };
}
