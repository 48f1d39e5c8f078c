import { createTestApp, type TestApp } from '../../test/test-app';

const SETTINGS = `{ appSettings { timeZone } }`;

describe('appSettings (GraphQL over HTTP)', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('answers the district time zone from DISTRICT_TIME_ZONE, without signing in', async () => {
    t = await createTestApp({ env: { DISTRICT_TIME_ZONE: 'Asia/Urumqi' } });
    const r = await t.gql<{ appSettings: { timeZone: string } }>(SETTINGS, {});
    expect(r.errors).toBeUndefined();
    expect(r.data!.appSettings.timeZone).toBe('Asia/Urumqi');
  });

  it('defaults to Asia/Shanghai', async () => {
    t = await createTestApp();
    const r = await t.gql<{ appSettings: { timeZone: string } }>(SETTINGS, {});
    expect(r.data!.appSettings.timeZone).toBe('Asia/Shanghai');
  });
});
