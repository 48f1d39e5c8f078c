import { loadConfig } from './app-config';
import { DEV_JWT_SECRET, durationToSeconds, EnvValidationError, parseEnv } from './env.schema';

describe('env schema', () => {
  it('applies defaults', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      HOST: '0.0.0.0',
      JWT_TTL: '8h',
      DEMO_DATA: true,
      WEB_DIST_DIR: 'dist/apps/web',
    });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DISTRICT_TIME_ZONE).toBe('Asia/Shanghai');
    expect(parseEnv({ DISTRICT_TIME_ZONE: 'Asia/Urumqi' }).DISTRICT_TIME_ZONE).toBe('Asia/Urumqi');
  });

  it('coerces and validates values', () => {
    expect(parseEnv({ PORT: '8080', DEMO_DATA: 'false', DATABASE_URL: 'postgres://u@h/db' })).toMatchObject({
      PORT: 8080,
      DEMO_DATA: false,
      DATABASE_URL: 'postgres://u@h/db',
    });
    expect(parseEnv({ DEMO_DATA: '0' }).DEMO_DATA).toBe(false);
    expect(parseEnv({ PORT: '' }).PORT).toBe(3000);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ JWT_TTL: 'forever' }, 'JWT_TTL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ DEMO_DATA: 'maybe' }, 'DEMO_DATA'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ REPORT_WORKERS: '0' }, 'REPORT_WORKERS'],
    [{ REPORT_RENDERS_PER_USER: 'two' }, 'REPORT_RENDERS_PER_USER'],
    [{ DISTRICT_TIME_ZONE: 'Mars/Olympus' }, 'DISTRICT_TIME_ZONE'],
  ])('%j → error naming %s', (env, variable) => {
    expect(() => parseEnv(env)).toThrow(EnvValidationError);
    try {
      parseEnv(env);
    } catch (e) {
      expect((e as EnvValidationError).problems[0]).toMatch(new RegExp(`^${variable}: `));
    }
  });

  it('requires JWT_SECRET in production, and not the dev default', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(
      /JWT_SECRET: is required when NODE_ENV=production/,
    );
    expect(() => parseEnv({ NODE_ENV: 'production', JWT_SECRET: DEV_JWT_SECRET })).toThrow(/JWT_SECRET/);
    expect(parseEnv({ NODE_ENV: 'production', JWT_SECRET: 'a-long-enough-production-secret' }).NODE_ENV).toBe(
      'production',
    );
  });

  it('seeds demo data by default outside production only; production needs DEMO_DATA=true explicitly', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'a-long-enough-production-secret' };
    expect(parseEnv({}).DEMO_DATA).toBe(true);
    expect(parseEnv({ NODE_ENV: 'test' }).DEMO_DATA).toBe(true);
    expect(parseEnv(production).DEMO_DATA).toBe(false);
    expect(parseEnv({ ...production, DEMO_DATA: '' }).DEMO_DATA).toBe(false);
    expect(loadConfig(production).demoData).toBe(false);
    expect(loadConfig({ ...production, DEMO_DATA: 'true' }).demoData).toBe(true);
    expect(loadConfig({ DEMO_DATA: 'false' }).demoData).toBe(false);
  });

  it('report rendering: worker threads and per-user limit', () => {
    expect(parseEnv({}).REPORT_WORKERS).toBeGreaterThanOrEqual(1);
    expect(parseEnv({}).REPORT_RENDERS_PER_USER).toBe(2);
    expect(loadConfig({ REPORT_WORKERS: '3', REPORT_RENDERS_PER_USER: '1' })).toMatchObject({
      reportWorkers: 3,
      reportRendersPerUser: 1,
    });
  });

  it('password hashing: standard by default, the cheap test cost only under NODE_ENV=test', () => {
    expect(parseEnv({}).PASSWORD_HASH_COST).toBe('standard');
    expect(parseEnv({ NODE_ENV: 'test', PASSWORD_HASH_COST: 'test' }).PASSWORD_HASH_COST).toBe('test');
    for (const NODE_ENV of ['development', 'production']) {
      expect(() =>
        parseEnv({ NODE_ENV, JWT_SECRET: 'a-real-secret-of-some-length', PASSWORD_HASH_COST: 'test' }),
      ).toThrow(/PASSWORD_HASH_COST: test is for the test suites only/);
    }
    expect(() => parseEnv({ PASSWORD_HASH_COST: 'weak' })).toThrow(/PASSWORD_HASH_COST/);
  });

  it('lists every problem at once', () => {
    expect(() => parseEnv({ PORT: 'x', NODE_ENV: 'nope' })).toThrow(
      /PORT: [\s\S]*NODE_ENV: |NODE_ENV: [\s\S]*PORT: /,
    );
  });

  it('durations', () => {
    expect(durationToSeconds('8h')).toBe(28800);
    expect(durationToSeconds('90m')).toBe(5400);
    expect(durationToSeconds('3600')).toBe(3600);
    expect(durationToSeconds('7d')).toBe(604800);
  });

  it('loadConfig resolves paths against the repo root and uses the dev secret only outside production', () => {
    const c = loadConfig({});
    expect(c.dataDir).toBe(`${c.repoRoot}/.data`);
    expect(c.webDistDir).toBe(`${c.repoRoot}/dist/apps/web`);
    expect(c.jwtSecretIsDefault).toBe(true);
    expect(c.jwtTtlSeconds).toBe(28800);
    expect(loadConfig({ DATA_DIR: '/var/lib/pb' }).dataDir).toBe('/var/lib/pb');
  });

  it('evidence limits default to 20 MB per file and 200 MB per assessment; S3 is all or nothing', () => {
    expect(loadConfig({}).evidence).toEqual({
      maxFileBytes: 20 * 1024 * 1024,
      maxAssessmentBytes: 200 * 1024 * 1024,
      s3: undefined,
    });
    expect(loadConfig({ EVIDENCE_MAX_FILE_MB: '0.5' }).evidence.maxFileBytes).toBe(512 * 1024);
    expect(() => parseEnv({ EVIDENCE_MAX_FILE_MB: '30', EVIDENCE_MAX_ASSESSMENT_MB: '10' })).toThrow(
      /EVIDENCE_MAX_ASSESSMENT_MB: must be at least/,
    );
    expect(() => parseEnv({ S3_BUCKET: 'b' })).toThrow(/S3_ACCESS_KEY_ID: is required when S3_BUCKET is set/);
    expect(() => parseEnv({ S3_ENDPOINT: 'http://127.0.0.1:9000' })).toThrow(/S3_BUCKET: is required/);
    const s3 = loadConfig({
      S3_BUCKET: 'b',
      S3_ACCESS_KEY_ID: 'k',
      S3_SECRET_ACCESS_KEY: 's',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
    }).evidence.s3;
    expect(s3).toEqual({
      endpoint: 'http://127.0.0.1:9000',
      region: 'us-east-1',
      bucket: 'b',
      accessKeyId: 'k',
      secretAccessKey: 's',
      forcePathStyle: true,
      prefix: 'evidence/',
    });
  });
  it('notification e-mail is off by default; SMTP_HOST needs SMTP_FROM, a login needs both halves', () => {
    expect(loadConfig({}).mail).toBeUndefined();
    expect(() => parseEnv({ SMTP_HOST: 'smtp.example.org' })).toThrow(
      /SMTP_FROM: is required when SMTP_HOST is set/,
    );
    expect(() => parseEnv({ SMTP_FROM: 'a@example.org' })).toThrow(/SMTP_HOST: is required/);
    expect(() =>
      parseEnv({ SMTP_HOST: 'smtp.example.org', SMTP_FROM: 'a@example.org', SMTP_USER: 'u' }),
    ).toThrow(/SMTP_PASSWORD: SMTP_USER and SMTP_PASSWORD are set together/);
    expect(() => parseEnv({ SMTP_HOST: 'h', SMTP_FROM: 'not an address' })).toThrow(/SMTP_FROM: must be/);
    const config = loadConfig({
      SMTP_HOST: 'smtp.example.org',
      SMTP_PORT: '465',
      SMTP_SECURE: 'true',
      SMTP_USER: 'u',
      SMTP_PASSWORD: 'p',
      SMTP_FROM: 'Pathboard <noreply@example.org>',
      PUBLIC_URL: 'https://pb.example.org/',
    });
    expect(config.mail).toEqual({
      host: 'smtp.example.org',
      port: 465,
      secure: true,
      auth: { user: 'u', pass: 'p' },
      from: 'Pathboard <noreply@example.org>',
      pollSeconds: 30,
    });
    expect(config.publicUrl).toBe('https://pb.example.org');
  });
});
