import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startLocalS3, TEST_BUCKET, type LocalS3 } from '../testing/s3rver';
import type { BlobStore } from './blob-store';
import { DiskBlobStore } from './disk-blob-store';
import { S3BlobStore } from './s3-blob-store';

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The one contract both stores keep; the same cases run on each. */
function blobStoreContract(name: string, open: () => Promise<{ store: BlobStore; close(): Promise<void> }>) {
  describe(`${name} blob store`, () => {
    let store: BlobStore;
    let close: () => Promise<void>;
    beforeAll(async () => ({ store, close } = await open()));
    afterAll(() => close?.());

    it('stores, reads back and deletes bytes under their hash', async () => {
      const bytes = Buffer.from(`minutes of the 三会一课 ${name}`);
      const key = sha(bytes);
      expect(await store.has(key)).toBe(false);
      expect(await store.get(key)).toBeNull();
      expect(await store.put(key, bytes)).toBe(true);
      expect(await store.has(key)).toBe(true);
      expect(await store.get(key)).toEqual(bytes);
      await store.delete(key);
      expect(await store.has(key)).toBe(false);
      await expect(store.delete(key)).resolves.toBeUndefined();
    });

    it('keeps one copy of the same content (second put reports not new)', async () => {
      const bytes = Buffer.from(`sign-in sheet ${name}`);
      const key = sha(bytes);
      expect(await store.put(key, bytes)).toBe(true);
      expect(await store.put(key, bytes)).toBe(false);
      expect(await store.get(key)).toEqual(bytes);
    });

    it('refuses a key that is not a SHA-256 digest (no path ever comes from a caller)', async () => {
      await expect(store.put('../../etc/passwd', Buffer.from('x'))).rejects.toThrow(/not a SHA-256/);
      await expect(store.get('A'.repeat(64))).rejects.toThrow(/not a SHA-256/);
    });
  });
}

blobStoreContract('disk', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'pathboard-blobs-'));
  const store = new DiskBlobStore(root);
  return {
    store,
    close: async () => {
      // Nothing but hash-named files below the root (no temp files left behind).
      const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
      for (const f of files) expect(f.name).toMatch(/^[0-9a-f]{64}$/);
      rmSync(root, { recursive: true, force: true });
    },
  };
});

blobStoreContract('S3 (s3rver)', async () => {
  const s3: LocalS3 = await startLocalS3();
  const store = new S3BlobStore({
    endpoint: s3.env['S3_ENDPOINT'],
    region: 'us-east-1',
    bucket: TEST_BUCKET,
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
    prefix: 'evidence/',
  });
  return {
    store,
    close: async () => {
      store.destroy();
      await s3.close();
    },
  };
});
