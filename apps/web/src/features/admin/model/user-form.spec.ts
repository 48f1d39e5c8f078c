import { editUserValues, toUpdateUserInput } from './user-form';

const original = { displayName: '李明', role: 'REVIEWER' as const, scopeUnitId: 'st', active: true };

describe('toUpdateUserInput', () => {
  it('sends nothing when nothing changed (an empty password keeps the current one)', () => {
    expect(toUpdateUserInput({ ...editUserValues(original), password: '' }, original)).toEqual({});
    expect(toUpdateUserInput({ ...editUserValues(original), displayName: ' 李明 ' }, original)).toEqual({});
  });

  it('sends only the changed fields, the name trimmed and the password as typed', () => {
    expect(
      toUpdateUserInput(
        { displayName: ' 王芳 ', role: 'VIEWER', scopeUnitId: 'd', active: false, password: ' pass word ' },
        original,
      ),
    ).toEqual({
      displayName: '王芳',
      role: 'VIEWER',
      scopeUnitId: 'd',
      active: false,
      password: ' pass word ',
    });
    expect(toUpdateUserInput({ ...editUserValues(original), active: false }, original)).toEqual({
      active: false,
    });
  });
});
