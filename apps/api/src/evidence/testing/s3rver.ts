import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// s3rver ships no type declarations; this is the part the tests use.
interface S3rverInstance {
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require('s3rver') as new (options: Record<string, unknown>) => S3rverInstance;

export interface LocalS3 {
  env: Record<string, string>;
  close(): Promise<void>;
}

export const TEST_BUCKET = 'pathboard-evidence';

/**
 * A real S3-compatible server (s3rver) on 127.0.0.1, with its own directory and bucket. The port is
 * EVIDENCE_S3_TEST_PORT when set (machines that hand out fixed port ranges), else any free port.
 */
export async function startLocalS3(): Promise<LocalS3> {
  const directory = mkdtempSync(path.join(tmpdir(), 'pathboard-s3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: Number(process.env['EVIDENCE_S3_TEST_PORT'] ?? 0),
    silent: true,
    directory,
    configureBuckets: [{ name: TEST_BUCKET }],
  });
  const { port } = await server.run();
  return {
    env: {
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_BUCKET: TEST_BUCKET,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: 'true',
    },
    async close() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
