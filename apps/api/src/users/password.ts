import argon2 from 'argon2';

/**
 * How much work one password hash costs. `standard` is argon2id with the library's defaults
 * (m=64 MiB, t=3, p=4): ~0.2 s and 64 MiB per hash, the point of it. `test` (m=1 MiB, t=1, p=1) is
 * for the test suites only, which create and log in hundreds of users (~90 CPU seconds of the API
 * suite at the standard cost); the env schema refuses it outside NODE_ENV=test. A hash records its
 * own parameters, so verifying needs no setting.
 */
export type PasswordHashCost = 'standard' | 'test';

const ARGON2_COST: Record<PasswordHashCost, { memoryCost: number; timeCost: number; parallelism: number }> = {
  standard: { memoryCost: 65536, timeCost: 3, parallelism: 4 },
  test: { memoryCost: 1024, timeCost: 1, parallelism: 1 },
};

export function hashPassword(password: string, cost: PasswordHashCost = 'standard'): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id, ...ARGON2_COST[cost] });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

const dummyHashes = new Map<PasswordHashCost, Promise<string>>();
/** Verify against a throwaway hash so an unknown username costs the same time as a wrong password. */
export async function burnPasswordCheck(
  password: string,
  cost: PasswordHashCost = 'standard',
): Promise<void> {
  let dummy = dummyHashes.get(cost);
  if (!dummy) {
    dummy = hashPassword('not-a-real-password', cost);
    dummyHashes.set(cost, dummy);
  }
  await verifyPassword(await dummy, password);
}
