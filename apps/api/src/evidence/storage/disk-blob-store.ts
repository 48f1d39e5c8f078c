import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { assertSha256, type BlobStore } from './blob-store';

/**
 * The embedded default: `<root>/ab/cd/<sha256>` (two fan-out levels keep directories small).
 * Writes go to a temporary file renamed into place, so a crash never leaves a truncated blob under
 * a valid hash.
 */
export class DiskBlobStore implements BlobStore {
  constructor(private readonly root: string) {}

  private file(sha256: string): string {
    assertSha256(sha256);
    return path.join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(sha256: string, bytes: Buffer): Promise<boolean> {
    const target = this.file(sha256);
    if (await this.has(sha256)) return false;
    await mkdir(path.dirname(target), { recursive: true });
    const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temp, bytes, { flag: 'wx' });
    await rename(temp, target);
    return true;
  }

  async get(sha256: string): Promise<Buffer | null> {
    try {
      return await readFile(this.file(sha256));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  async has(sha256: string): Promise<boolean> {
    try {
      return (await stat(this.file(sha256))).isFile();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw err;
    }
  }

  async delete(sha256: string): Promise<void> {
    await rm(this.file(sha256), { force: true });
  }
}
