import { availableParallelism } from 'node:os';
import { z } from 'zod';

export const DEV_JWT_SECRET = 'pathboard-dev-secret-do-not-use-in-production';

const bool = z.union([z.boolean(), z.string().trim().toLowerCase()]).transform((v, ctx) => {
  if (typeof v === 'boolean') return v;
  if (['true', '1', 'yes', 'on'].includes(v)) return true;
  if (['false', '0', 'no', 'off', ''].includes(v)) return false;
  ctx.addIssue({ code: 'custom', message: `expected true/false, got "${v}"` });
  return z.NEVER;
});

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

function defaultReportWorkers(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/** The one schema for the API's environment. Parse with `parseEnv` (errors name the variable). */
export const envSchema = z
  .object({
    NODE_ENV: z.preprocess(
      emptyToUndefined,
      z.enum(['development', 'test', 'production']).default('development'),
    ),
    PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(65535).default(3000)),
    HOST: z.preprocess(emptyToUndefined, z.string().default('0.0.0.0')),
    DATABASE_URL: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
        .optional(),
    ),
    DATA_DIR: z.preprocess(emptyToUndefined, z.string().optional()),
    JWT_SECRET: z.preprocess(
      emptyToUndefined,
      z.string().min(16, 'must be at least 16 characters').optional(),
    ),
    JWT_TTL: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^\d+\s*[smhd]?$/, 'must be a duration like 3600, 90m, 8h or 7d')
        .default('8h'),
    ),
    LOG_LEVEL: z.preprocess(
      emptyToUndefined,
      z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
    ),
    // Unset: on outside production, off in production (where it must be asked for explicitly).
    DEMO_DATA: z.preprocess(emptyToUndefined, bool.optional()),
    TRUST_PROXY: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(
          /^(false|true|\d+|[\w.:/, -]+)$/,
          'must be false, true, a hop count, or addresses/subnets (e.g. loopback, 10.0.0.0/8)',
        )
        .default('false'),
    ),
    WEB_DIST_DIR: z.preprocess(emptyToUndefined, z.string().default('dist/apps/web')),
    // Report render worker threads; default: one core left to the event loop, at most 4.
    REPORT_WORKERS: z.preprocess(
      emptyToUndefined,
      z.coerce.number().int().min(1).max(32).default(defaultReportWorkers),
    ),
    REPORT_RENDERS_PER_USER: z.preprocess(
      emptyToUndefined,
      z.coerce.number().int().min(1).max(20).default(2),
    ),
    // Dates are stored in UTC and shown (screens, workbooks, PDFs) on the district's clock.
    DISTRICT_TIME_ZONE: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .refine(isTimeZone, 'must be an IANA time zone such as Asia/Shanghai')
        .default('Asia/Shanghai'),
    ),
    EVIDENCE_MAX_FILE_MB: z.preprocess(emptyToUndefined, z.coerce.number().positive().max(1024).default(20)),
    EVIDENCE_MAX_ASSESSMENT_MB: z.preprocess(
      emptyToUndefined,
      z.coerce.number().positive().max(100_000).default(200),
    ),
    S3_ENDPOINT: z.preprocess(
      emptyToUndefined,
      z.string().url('must be a URL like https://s3.example.com').optional(),
    ),
    S3_REGION: z.preprocess(emptyToUndefined, z.string().default('us-east-1')),
    S3_BUCKET: z.preprocess(emptyToUndefined, z.string().optional()),
    S3_ACCESS_KEY_ID: z.preprocess(emptyToUndefined, z.string().optional()),
    S3_SECRET_ACCESS_KEY: z.preprocess(emptyToUndefined, z.string().optional()),
    S3_FORCE_PATH_STYLE: z.preprocess(emptyToUndefined, bool.default(true)),
    S3_PREFIX: z.preprocess(emptyToUndefined, z.string().default('evidence/')),
    NOTIFY_CHECK_MINUTES: z.preprocess(
      emptyToUndefined,
      z.coerce.number().int().min(0).max(1440).default(15),
    ),
    NOTIFY_DAYS_BEFORE: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(60).default(3)),
    // Notification e-mail: off unless SMTP_HOST is set.
    SMTP_HOST: z.preprocess(emptyToUndefined, z.string().optional()),
    SMTP_PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(65535).default(587)),
    SMTP_SECURE: z.preprocess(emptyToUndefined, bool.default(false)),
    SMTP_USER: z.preprocess(emptyToUndefined, z.string().optional()),
    SMTP_PASSWORD: z.preprocess(emptyToUndefined, z.string().optional()),
    SMTP_FROM: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^(.*<)?[^@\s<>]+@[^@\s<>]+>?$/, 'must be an address like Pathboard <noreply@example.org>')
        .optional(),
    ),
    MAIL_POLL_SECONDS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(3600).default(30)),
    // argon2id work per password hash (users/password.ts); `test` only under NODE_ENV=test.
    PASSWORD_HASH_COST: z.preprocess(emptyToUndefined, z.enum(['standard', 'test']).default('standard')),
    PUBLIC_URL: z.preprocess(
      emptyToUndefined,
      z.string().url('must be the URL users open, like https://pathboard.example.org').optional(),
    ),
  })
  .superRefine((env, ctx) => {
    // S3 is all or nothing: a half-configured bucket must not silently fall back to the local disk.
    if (env.S3_BUCKET) {
      for (const key of ['S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
        if (!env[key])
          ctx.addIssue({ code: 'custom', path: [key], message: 'is required when S3_BUCKET is set' });
      }
    } else if (env.S3_ENDPOINT || env.S3_ACCESS_KEY_ID || env.S3_SECRET_ACCESS_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['S3_BUCKET'],
        message: 'is required when another S3_ variable is set',
      });
    }
    if (env.SMTP_HOST && !env.SMTP_FROM)
      ctx.addIssue({ code: 'custom', path: ['SMTP_FROM'], message: 'is required when SMTP_HOST is set' });
    if (!env.SMTP_HOST && (env.SMTP_USER || env.SMTP_PASSWORD || env.SMTP_FROM))
      ctx.addIssue({
        code: 'custom',
        path: ['SMTP_HOST'],
        message: 'is required when another SMTP_ variable is set',
      });
    if (Boolean(env.SMTP_USER) !== Boolean(env.SMTP_PASSWORD))
      ctx.addIssue({
        code: 'custom',
        path: [env.SMTP_USER ? 'SMTP_PASSWORD' : 'SMTP_USER'],
        message: 'SMTP_USER and SMTP_PASSWORD are set together',
      });
    if (env.EVIDENCE_MAX_ASSESSMENT_MB < env.EVIDENCE_MAX_FILE_MB) {
      ctx.addIssue({
        code: 'custom',
        path: ['EVIDENCE_MAX_ASSESSMENT_MB'],
        message: 'must be at least EVIDENCE_MAX_FILE_MB',
      });
    }
    if (env.PASSWORD_HASH_COST === 'test' && env.NODE_ENV !== 'test') {
      ctx.addIssue({
        code: 'custom',
        path: ['PASSWORD_HASH_COST'],
        message: 'test is for the test suites only (NODE_ENV=test); use standard',
      });
    }
    if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'is required when NODE_ENV=production' });
    }
    if (env.NODE_ENV === 'production' && env.JWT_SECRET === DEV_JWT_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['JWT_SECRET'],
        message: 'must not be the development default in production',
      });
    }
  })
  .transform((env) => ({ ...env, DEMO_DATA: env.DEMO_DATA ?? env.NODE_ENV !== 'production' }));

export type Env = z.output<typeof envSchema>;

export class EnvValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n  - ${problems.join('\n  - ')}`);
    this.name = 'EnvValidationError';
  }
}

/** Validate `process.env`-like input; throws EnvValidationError listing "VARIABLE: problem" lines. */
export function parseEnv(env: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    throw new EnvValidationError(
      result.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`),
    );
  }
  return result.data;
}

/** "8h" → 28800; "90m" → 5400; "3600" → 3600 (seconds). */
export function durationToSeconds(value: string): number {
  const m = /^(\d+)\s*([smhd]?)$/.exec(value.trim());
  if (!m) throw new Error(`Invalid duration "${value}"`);
  const n = Number(m[1]);
  const unit = m[2] || 's';
  return n * { s: 1, m: 60, h: 3600, d: 86400 }[unit as 's' | 'm' | 'h' | 'd'];
}
