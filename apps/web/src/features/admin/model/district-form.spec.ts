import {
  DISTRICT_FIELDS,
  districtFieldPath,
  newDistrictValues,
  toCreateDistrictInput,
} from './district-form';

describe('district form', () => {
  it('builds the createDistrict input, trimmed, without the password confirmation', () => {
    const values = newDistrictValues();
    expect(
      toCreateDistrictInput({
        ...values,
        code: ' D-02 ',
        name: ' 新区 ',
        memberCount: 1200,
        admin: {
          username: ' xq-admin ',
          displayName: ' 新区组织部 ',
          password: ' pass word ',
          confirmPassword: ' pass word ',
        },
      }),
    ).toEqual({
      code: 'D-02',
      name: '新区',
      memberCount: 1200,
      admin: { username: 'xq-admin', displayName: '新区组织部', password: ' pass word ' },
    });
  });

  it('maps the fields the server names onto the form', () => {
    expect(DISTRICT_FIELDS).toContain('admin.username');
    expect(districtFieldPath('admin.username')).toEqual(['admin', 'username']);
    expect(districtFieldPath('code')).toEqual(['code']);
  });
});
