/** English strings of the login lockout (same keys as zh-CN.ts, with plural forms). */
export const loginLimitEn = {
  loginLimit: {
    lockedOut_one: 'Too many failed login attempts. Please try again in {{count}} minute.',
    lockedOut_other: 'Too many failed login attempts. Please try again in {{count}} minutes.',
    lockedOutLater: 'Too many failed login attempts. Please try again later.',
    attemptsLeft_one: 'One more failed attempt and logging in will be blocked for a while.',
    attemptsLeft_other: '{{count}} more failed attempts and logging in will be blocked for a while.',
  },
};
