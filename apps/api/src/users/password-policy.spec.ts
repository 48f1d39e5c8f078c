import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it.each([
    ['12345678', /at least 10 characters/],
    ['password', /at least 10 characters/],
    ['        ', /at least 10 characters/],
    ['          ', /only spaces/],
    ['aaaaaaaaaaaa', /repeat one character/],
    ['1234567890', /too common/],
    ['QwertyUiop', /too common/],
    ['iloveyou12', /too common/],
  ])('refuses %j', (password, problem) => {
    expect(passwordProblem(password)).toMatch(problem);
  });

  it('refuses a password containing the username, in any case', () => {
    expect(passwordProblem('zhang.wei-admin', 'zhang.wei-admin')).toMatch(/username/);
    expect(passwordProblem('Zhang.Wei-2026!', 'zhang.wei')).toMatch(/username/);
    expect(passwordProblem('Zhang.Wei-2026!', 'li.ming')).toBeNull();
  });

  it('accepts a long uncommon password, counting characters not bytes', () => {
    expect(passwordProblem('correct horse battery')).toBeNull();
    expect(passwordProblem('党建考评看板二零二六年')).toBeNull();
    expect(passwordProblem('党建考评看板二零')).toMatch(/at least 10/);
  });
});
