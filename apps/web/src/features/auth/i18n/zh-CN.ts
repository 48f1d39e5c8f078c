/**
 * Strings of the login lockout (top-level key `loginLimit`; the rest of the login page is under `auth`
 * in shared/i18n). `count` is in minutes for lockedOut, in attempts for attemptsLeft.
 */
export const loginLimitZh = {
  loginLimit: {
    lockedOut: '登录失败次数过多，请于 {{count}} 分钟后再试。',
    lockedOutLater: '登录失败次数过多，请稍后再试。',
    attemptsLeft: '再输错 {{count}} 次将暂时无法登录。',
  },
};
