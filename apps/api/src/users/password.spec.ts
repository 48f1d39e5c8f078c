import { burnPasswordCheck, hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('hashes with argon2id at the library defaults unless told otherwise (m=64 MiB, t=3, p=4)', async () => {
    const hash = await hashPassword('correct horse');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=65536,p=4,t=3\$/);
    await expect(verifyPassword(hash, 'correct horse')).resolves.toBe(true);
    await expect(verifyPassword(hash, 'correct horsE')).resolves.toBe(false);
  });

  it('the test cost is cheap, and still a real argon2id hash that verifies', async () => {
    const hash = await hashPassword('correct horse', 'test');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=1024,p=1,t=1\$/);
    await expect(verifyPassword(hash, 'correct horse')).resolves.toBe(true);
    await expect(verifyPassword(hash, 'wrong')).resolves.toBe(false);
  });

  it('a malformed stored hash never verifies (and never throws)', async () => {
    await expect(verifyPassword('not-a-hash', 'anything')).resolves.toBe(false);
    await expect(burnPasswordCheck('anything', 'test')).resolves.toBeUndefined();
  });
});
