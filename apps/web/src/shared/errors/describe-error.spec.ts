import { createTestI18n } from '../../test-support/i18n';
import { describeError, type DescribeContext, isUnauthenticated } from './describe-error';

const zh = createTestI18n('zh-CN');
const en = createTestI18n('en');
const names: Record<string, string> = { ORG_MEETINGS: '三会一课落实率' };
const zhCtx: DescribeContext = { t: (k, p) => zh.t(k, p), lang: 'zh', indicatorName: (c) => names[c] };
const enCtx: DescribeContext = { t: (k, p) => en.t(k, p), lang: 'en' };

const gql = (code: string, message = 'x', extensions: Record<string, unknown> = {}) => ({
  graphQLErrors: [{ message, extensions: { code, ...extensions } }],
});

describe('describeError', () => {
  it('sends an expired session back to login', () => {
    const result = describeError(gql('UNAUTHENTICATED'), zhCtx);
    expect(result).toMatchObject({
      kind: 'UNAUTHENTICATED',
      backToLogin: true,
      message: '登录已过期，请重新登录。',
    });
  });

  it('reads UNAUTHENTICATED on the login form as wrong credentials', () => {
    const result = describeError(gql('UNAUTHENTICATED', 'Invalid credentials'), {
      ...zhCtx,
      operation: 'login',
    });
    expect(result).toMatchObject({
      kind: 'UNAUTHENTICATED',
      backToLogin: false,
      message: '用户名或密码不正确，请重新输入。',
    });
  });

  it('tells a login lockout from wrong credentials, with the wait in minutes rounded up', () => {
    const locked = (retryAfterSeconds?: number) =>
      gql('UNAUTHENTICATED', 'Too many failed attempts', { reason: 'LOCKED_OUT', retryAfterSeconds });
    const login = { operation: 'login' } as const;
    expect(describeError(locked(876), { ...zhCtx, ...login })).toEqual({
      kind: 'TOO_MANY_REQUESTS',
      message: '登录失败次数过多，请于 15 分钟后再试。',
      details: [],
      backToLogin: false,
    });
    expect(describeError(locked(60), { ...enCtx, ...login }).message).toBe(
      'Too many failed login attempts. Please try again in 1 minute.',
    );
    expect(describeError(locked(61), { ...enCtx, ...login }).message).toBe(
      'Too many failed login attempts. Please try again in 2 minutes.',
    );
    expect(describeError(locked(1), { ...zhCtx, ...login }).message).toBe(
      '登录失败次数过多，请于 1 分钟后再试。',
    );
    expect(describeError(locked(), { ...zhCtx, ...login }).message).toBe('登录失败次数过多，请稍后再试。');
  });

  it('counts down the last login attempts under the wrong-credentials message', () => {
    const wrong = (extensions: Record<string, unknown>) =>
      gql('UNAUTHENTICATED', 'Invalid username or password', {
        reason: 'INVALID_CREDENTIALS',
        ...extensions,
      });
    const login = { operation: 'login' } as const;
    expect(describeError(wrong({}), { ...zhCtx, ...login })).toMatchObject({
      kind: 'UNAUTHENTICATED',
      message: '用户名或密码不正确，请重新输入。',
      details: [],
    });
    expect(describeError(wrong({ attemptsLeft: 3 }), { ...zhCtx, ...login }).details).toEqual([
      '再输错 3 次将暂时无法登录。',
    ]);
    expect(describeError(wrong({ attemptsLeft: 3 }), { ...enCtx, ...login }).details).toEqual([
      '3 more failed attempts and logging in will be blocked for a while.',
    ]);
    expect(
      describeError(wrong({ attemptsLeft: 0, retryAfterSeconds: 899 }), { ...zhCtx, ...login }).details,
    ).toEqual(['登录失败次数过多，请于 15 分钟后再试。']);
  });

  it('shows a refusal the server wrote in both languages as it is, in the user’s language', () => {
    const missingEvidence = gql(
      'BAD_USER_INPUT',
      'evidence is required before submitting: attach at least one file to Meetings',
      { reason: 'EVIDENCE_REQUIRED', field: 'evidence', messageZh: '提交前须上传佐证材料：三会一课落实率' },
    );
    expect(describeError(missingEvidence, zhCtx)).toMatchObject({
      message: '提交前须上传佐证材料：三会一课落实率',
      field: 'evidence',
    });
    expect(describeError(missingEvidence, enCtx).message).toBe(
      'evidence is required before submitting: attach at least one file to Meetings',
    );
  });

  it('explains FORBIDDEN, CONFLICT and NOT_FOUND in words', () => {
    expect(describeError(gql('FORBIDDEN'), zhCtx).message).toContain('没有权限');
    expect(describeError(gql('CONFLICT'), zhCtx).message).toContain('已被他人修改');
    expect(describeError(gql('CONFLICT'), enCtx).message).toContain('Someone else changed');
    expect(describeError(gql('NOT_FOUND'), enCtx).message).toMatch(/^Not found/);
  });

  it('asks to wait when too many report downloads are in flight (429 TOO_MANY_REQUESTS)', () => {
    expect(describeError(gql('TOO_MANY_REQUESTS'), zhCtx)).toMatchObject({
      kind: 'TOO_MANY_REQUESTS',
      message: expect.stringContaining('正在生成'),
    });
    expect(
      describeError({ networkError: Object.assign(new Error('HTTP 429'), { statusCode: 429 }) }, enCtx)
        .message,
    ).toMatch(/Wait for one to finish/);
  });

  it('names the indicator of a BAD_USER_INPUT issue by its name, in the user language', () => {
    const error = gql('BAD_USER_INPUT', 'Invalid values', {
      issues: [
        {
          indicator: 'ORG_MEETINGS',
          field: 'numerator',
          code: 'NUMERATOR_GT_DENOMINATOR',
          message: { zh: '实际完成数不能大于应完成数', en: 'n > d' },
        },
      ],
    });
    const result = describeError(error, zhCtx);
    expect(result.kind).toBe('BAD_USER_INPUT');
    expect(result.field).toBe('ORG_MEETINGS');
    expect(result.message).toBe('“三会一课落实率”填写有误：实际完成数不能大于应完成数');
    expect(describeError(error, enCtx).message).toBe('“ORG_MEETINGS” is not valid: n > d');
  });

  it('lists several bad fields as details', () => {
    const error = gql('BAD_USER_INPUT', 'Invalid', {
      issues: [
        { indicator: 'A', message: { zh: '不能为负数', en: 'negative' } },
        { indicator: 'B', message: { zh: '未知等次', en: 'unknown band' } },
      ],
    });
    const result = describeError(error, zhCtx);
    expect(result.message).toBe('填写的内容有误，请检查后重试。');
    expect(result.details).toEqual(['“A”填写有误：不能为负数', '“B”填写有误：未知等次']);
  });

  it('keeps engine messages that already name the indicator, by its name and without its code', () => {
    const error = gql('BAD_USER_INPUT', 'x', {
      reason: 'INVALID_VALUES',
      issues: [
        {
          indicator: 'ORG_MEETINGS',
          code: 'ZERO_DENOMINATOR',
          message: {
            zh: '指标 ORG_MEETINGS（三会一课落实率）：分母不能为0',
            en: 'Indicator ORG_MEETINGS (Meetings): denominator must not be 0',
          },
        },
      ],
    });
    expect(describeError(error, zhCtx).message).toBe('三会一课落实率：分母不能为0');
    expect(describeError(error, enCtx).message).toBe('Meetings: denominator must not be 0');
  });

  it('lists DTO validation problems and words a closed period', () => {
    const error = gql('BAD_USER_INPUT', 'a; b', {
      field: 'username',
      problems: [
        { field: 'username', message: 'too short' },
        { field: 'password', message: 'too weak' },
      ],
    });
    expect(describeError(error, enCtx)).toMatchObject({
      field: 'username',
      details: ['“username” is not valid: too short', '“password” is not valid: too weak'],
    });
    expect(
      describeError(gql('BAD_USER_INPUT', 'period 2026Q1 is closed', { reason: 'PERIOD_CLOSED' }), zhCtx)
        .message,
    ).toContain('已关闭');
    const transition = gql('BAD_USER_INPUT', 'x', {
      reason: 'INVALID_TRANSITION',
      message: { zh: '已审核通过的考评不能再提交', en: 'approved' },
    });
    expect(describeError(transition, zhCtx).message).toBe('已审核通过的考评不能再提交');
  });

  it('names the indicator from extensions.indicator', () => {
    expect(describeError(gql('BAD_USER_INPUT', 'n > d', { indicator: 'ORG_MEETINGS' }), zhCtx).message).toBe(
      '“三会一课落实率”填写有误：n > d',
    );
  });

  it('names a plain field from extensions', () => {
    const result = describeError(
      gql('BAD_USER_INPUT', 'must be a quarter like 2026Q1', { field: 'period' }),
      enCtx,
    );
    expect(result).toMatchObject({
      field: 'period',
      message: '“period” is not valid: must be a quarter like 2026Q1',
    });
  });

  it('never shows class-validator’s English in the Chinese UI: a malformed id is 编号格式不正确', () => {
    // UuidPipe: the field in extensions, the sentence in the message.
    const pipe = gql('BAD_USER_INPUT', 'branchId must be a UUID', { field: 'branchId' });
    expect(describeError(pipe, zhCtx).message).toBe('“branchId”填写有误：编号格式不正确');
    expect(describeError(pipe, zhCtx).message).not.toMatch(/UUID/);
    // The ValidationPipe's problems list, several sentences of one field joined by ", ".
    const dto = gql('BAD_USER_INPUT', 'x', {
      field: 'ids.0',
      problems: [
        { field: 'ids.0', message: 'each value in ids must be a UUID' },
        {
          field: 'name',
          message: 'name must be shorter than or equal to 50 characters, name should not be empty',
        },
        { field: 'period', message: 'must be a quarter like 2026Q1' },
      ],
    });
    expect(describeError(dto, zhCtx).details).toEqual([
      '“ids.0”填写有误：编号格式不正确',
      '“name”填写有误：不能超过 50 个字；不能为空',
      // A sentence the API wrote itself (not class-validator's) is left as it is.
      '“period”填写有误：must be a quarter like 2026Q1',
    ]);
    // The English UI keeps the server's English.
    expect(describeError(pipe, enCtx).message).toBe('“branchId” is not valid: branchId must be a UUID');
  });

  it('puts the session before everything else when errors are mixed', () => {
    const error = {
      graphQLErrors: [
        { message: 'a', extensions: { code: 'NOT_FOUND' } },
        { message: 'b', extensions: { code: 'UNAUTHENTICATED' } },
      ],
    };
    expect(describeError(error, zhCtx).kind).toBe('UNAUTHENTICATED');
  });

  it('tells a network failure from a server failure', () => {
    expect(describeError({ networkError: new TypeError('Failed to fetch') }, zhCtx)).toMatchObject({
      kind: 'NETWORK',
      message: '无法连接服务器，请检查网络后重试。',
    });
    expect(describeError(new TypeError('Failed to fetch'), enCtx).kind).toBe('NETWORK');
    expect(
      describeError({ networkError: Object.assign(new Error('x'), { statusCode: 502 }) }, zhCtx).kind,
    ).toBe('SERVER');
    expect(
      describeError({ networkError: Object.assign(new Error('x'), { statusCode: 401 }) }, zhCtx).backToLogin,
    ).toBe(true);
    expect(describeError(gql('INTERNAL_SERVER_ERROR'), enCtx).kind).toBe('SERVER');
  });

  it('falls back to a polite unknown', () => {
    expect(describeError(undefined, zhCtx)).toMatchObject({
      kind: 'UNKNOWN',
      message: '发生未知错误，请稍后重试。',
    });
    expect(describeError([{ message: 'weird', extensions: { code: 'TEAPOT' } }], enCtx).kind).toBe('UNKNOWN');
  });

  it('spots a lost session in an error list', () => {
    expect(isUnauthenticated([{ message: '', extensions: { code: 'UNAUTHENTICATED' } }])).toBe(true);
    expect(isUnauthenticated(undefined)).toBe(false);
  });
});
