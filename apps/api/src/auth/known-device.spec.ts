import { cookieValue, issueKnownDevice, readKnownDevice } from './known-device';

describe('known-device cookie', () => {
  const secret = 'test-secret-0123456789abcdef';

  it('round-trips the username (lower case) and device id, keeping a given id', () => {
    const value = issueKnownDevice(secret, 'Admin', 'dev-1');
    expect(readKnownDevice(secret, value)).toEqual({ username: 'admin', deviceId: 'dev-1' });
    expect(readKnownDevice(secret, issueKnownDevice(secret, 'admin'))!.deviceId).toMatch(/^[\w-]{22}$/);
  });

  it('refuses a forged, altered or foreign-secret cookie', () => {
    const value = issueKnownDevice(secret, 'admin', 'dev-1');
    const [user, id, sig] = value.split('.');
    expect(readKnownDevice(secret, `${Buffer.from('root').toString('base64url')}.${id}.${sig}`)).toBeNull();
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
