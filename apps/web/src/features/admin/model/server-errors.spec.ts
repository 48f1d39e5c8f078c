import { fieldProblemMessage, fieldProblems, refusalReasonOf } from './server-errors';

const apollo = (...graphQLErrors: { message: string; extensions: Record<string, unknown> }[]) => ({
  graphQLErrors,
});

describe('fieldProblems', () => {
  it('reads a single field error and recognises "already used/taken"', () => {
    const error = apollo({
      message: 'code: "SFQ-BY-001" is already used by another unit',
      extensions: { code: 'BAD_USER_INPUT', field: 'code' },
    });
    expect(fieldProblems(error, ['code', 'name'])).toEqual([
      { field: 'code', reason: 'taken', detail: '"SFQ-BY-001" is already used by another unit' },
    ]);
    const user = apollo({
      message: 'username: "admin" is already taken',
      extensions: { code: 'BAD_USER_INPUT', field: 'username' },
    });
    expect(fieldProblems(user, ['username'])[0].reason).toBe('taken');
    const unavailable = apollo({
      message: 'username: this username is not available, choose another',
      extensions: { code: 'BAD_USER_INPUT', field: 'username' },
    });
    expect(fieldProblems(unavailable, ['username'])[0].reason).toBe('taken');
  });

  it('reads every problem of a validation failure', () => {
    const error = apollo({
      message: 'username: …; password: …',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'username',
        problems: [
          { field: 'username', message: 'username must be 3-32 letters' },
          { field: 'password', message: 'password must be at least 8 characters' },
        ],
      },
    });
    expect(fieldProblems(error, ['username', 'password']).map((p) => [p.field, p.reason])).toEqual([
      ['username', 'invalid'],
      ['password', 'invalid'],
    ]);
  });

  it('ignores fields the form does not have and errors of other kinds', () => {
    expect(
      fieldProblems(
        apollo({ message: 'parentId: bad', extensions: { code: 'BAD_USER_INPUT', field: 'parentId' } }),
        ['code'],
      ),
    ).toEqual([]);
    expect(fieldProblems(apollo({ message: 'no', extensions: { code: 'FORBIDDEN' } }), ['code'])).toEqual([]);
    expect(fieldProblems(new Error('offline'), ['code'])).toEqual([]);
  });
});

describe('refusalReasonOf', () => {
  const refused = (reason: string, code = 'BAD_USER_INPUT') =>
    apollo({ message: 'parentId: …', extensions: { code, field: 'parentId', reason } });

  it('reads a known reason of a BAD_USER_INPUT refusal', () => {
    expect(refusalReasonOf(refused('ASSESSED_PARENT'), ['ASSESSED_PARENT', 'CYCLE'])).toBe('ASSESSED_PARENT');
  });

  it('is null for reasons the caller does not word, other codes and other errors', () => {
    expect(refusalReasonOf(refused('CYCLE'), ['ASSESSED_PARENT'])).toBeNull();
    expect(refusalReasonOf(refused('ASSESSED_PARENT', 'FORBIDDEN'), ['ASSESSED_PARENT'])).toBeNull();
    expect(
      refusalReasonOf(apollo({ message: 'x', extensions: { code: 'BAD_USER_INPUT' } }), ['ASSESSED_PARENT']),
    ).toBeNull();
    expect(refusalReasonOf(new Error('offline'), ['ASSESSED_PARENT'])).toBeNull();
    expect(refusalReasonOf(null, ['ASSESSED_PARENT'])).toBeNull();
  });
});

describe('fieldProblemMessage', () => {
  const problem = (field: string, message: string) =>
    fieldProblems({ graphQLErrors: [{ message, extensions: { code: 'BAD_USER_INPUT', field } }] }, [
      field,
    ])[0];

  it('words the password rules only the server checks, and a taken username', () => {
    expect(
      fieldProblemMessage(
        problem(
          'password',
          'password: password is too common: choose one that is not on lists of leaked passwords',
        ),
      ),
    ).toEqual({ key: 'admin.users.passwordRefused.common' });
    expect(
      fieldProblemMessage(problem('password', 'password: password must not contain the username')),
    ).toEqual({
      key: 'admin.users.passwordRefused.containsUsername',
    });
    expect(fieldProblemMessage(problem('username', 'username: is not available'))).toEqual({
      key: 'admin.users.usernameTaken',
    });
  });

  it('passes any other problem on in the server’s words', () => {
    expect(fieldProblemMessage(problem('displayName', 'displayName: must be shorter'))).toEqual({
      key: 'admin.fieldRejected',
      values: { detail: 'must be shorter' },
    });
  });
});
