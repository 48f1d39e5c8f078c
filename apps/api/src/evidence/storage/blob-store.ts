/** DI token for the evidence BlobStore chosen by the configuration. */
export const BLOB_STORE = Symbol('BLOB_STORE');

/**
 * Content-addressed bytes: the key IS the SHA-256 (hex) of the content, so storing the same file twice
 * keeps one copy, and a key can never point at other bytes. Which rows reference a hash is the
 * database's business (evidence_file.sha256); the store only keeps bytes.
 */
export interface BlobStore {
  /** Stores the bytes under their hash; storing an existing hash is a no-op. Returns true when new. */
  put(sha256: string, bytes: Buffer): Promise<boolean>;
  /** The bytes, or null when the hash is not stored. */
  get(sha256: string): Promise<Buffer | null>;
  has(sha256: string): Promise<boolean>;
  /** Removes the bytes; removing a missing hash is a no-op. */
  delete(sha256: string): Promise<void>;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Keys reach the stores only through this check: a key is never a path fragment chosen by a user. */
export function assertSha256(sha256: string): void {
  if (!SHA256_HEX.test(sha256)) throw new Error(`not a SHA-256 hex digest: ${JSON.stringify(sha256)}`);
}
