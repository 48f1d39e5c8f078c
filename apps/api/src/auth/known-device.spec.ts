import { cookieValue, issueKnownDevice, readKnownDevice } from './known-device';

describe('known-device cookie', () => {
  const secret = 'test-secret-0123456789abcdef';

  it('round-trips the account (district and username, lower case) and device id, keeping a given id', () => {
    const value = issueKnownDevice(secret, 'D1', 'Admin', 'dev-1');
    expect(readKnownDevice(secret, value)).toEqual({ account: 'd1:admin', deviceId: 'dev-1' });
    expect(readKnownDevice(secret, issueKnownDevice(secret, 'd1', 'admin'))!.deviceId).toMatch(/^[\w-]{22}$/);
  });

  it("names the district: the same username's cookie in another district is another account", () => {
    const mine = readKnownDevice(secret, issueKnownDevice(secret, 'd1', 'zhangsan', 'dev-1'))!;
    const theirs = readKnownDevice(secret, issueKnownDevice(secret, 'd2', 'zhangsan', 'dev-1'))!;
    expect(mine.account).not.toBe(theirs.account);
  });

  it('refuses a forged, altered or foreign-secret cookie', () => {
    const value = issueKnownDevice(secret, 'd1', 'admin', 'dev-1');
    const [user, id, sig] = value.split('.');
    expect(
      readKnownDevice(secret, `${Buffer.from('d2:admin').toString('base64url')}.${id}.${sig}`),
    ).toBeNull();
    expect(readKnownDevice(secret, `${user}.dev-2.${sig}`)).toBeNull();
    expect(readKnownDevice('another-secret-0123456789', value)).toBeNull();
    expect(readKnownDevice(secret, 'garbage')).toBeNull();
    expect(readKnownDevice(secret, undefined)).toBeNull();
  });

  it('reads one cookie from a Cookie header', () => {
    expect(cookieValue('a=1; pb_device=x.y.z; b=2', 'pb_device')).toBe('x.y.z');
    expect(cookieValue('a=1', 'pb_device')).toBeUndefined();
    expect(cookieValue(undefined, 'pb_device')).toBeUndefined();
  });
});
