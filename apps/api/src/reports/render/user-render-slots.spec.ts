import { GraphQLError } from 'graphql';
import { UserRenderSlots } from './user-render-slots';

describe('UserRenderSlots', () => {
  it('gives each user `limit` slots, refuses one more with TOO_MANY_REQUESTS, and frees them on release', () => {
    const slots = new UserRenderSlots(2);
    const first = slots.acquire('u1');
    slots.acquire('u1');
    expect(() => slots.acquire('u1')).toThrow(GraphQLError);
    try {
      slots.acquire('u1');
    } catch (err) {
      expect((err as GraphQLError).extensions).toMatchObject({
        code: 'TOO_MANY_REQUESTS',
        reason: 'TOO_MANY_RENDERS',
        limit: 2,
      });
    }
    expect(slots.acquire('u2')).toEqual(expect.any(Function));
    first();
    first(); // a second release of the same slot changes nothing
    expect(slots.inFlightOf('u1')).toBe(1);
    slots.acquire('u1');
    expect(() => slots.acquire('u1')).toThrow(/You already have 2 reports/);
  });

  it('run releases the slot when the work fails', async () => {
    const slots = new UserRenderSlots(1);
    await expect(slots.run('u1', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(slots.inFlightOf('u1')).toBe(0);
    await expect(slots.run('u1', async () => 'ok')).resolves.toBe('ok');
  });
});
