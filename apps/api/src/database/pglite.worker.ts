/**
 * The database thread of the embedded PGlite (see pglite-thread.ts): it owns the PGlite instance, so
 * the WebAssembly Postgres runs here and a long report statement no longer stalls the request thread.
 * Messages are answered in order; the request thread already hands the one session out exclusively.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pgliteOptions } from './pglite-options';
import type { PgliteRequest, PgliteResponse } from './pglite-thread';

const port = parentPort;
if (!port) throw new Error('pglite.worker runs as a worker thread only');
const { dataDir } = workerData as { dataDir: string };
const ready = PGlite.create(pgliteOptions(dataDir));

/** A DatabaseError's fields (code, detail, constraint, table…) travel as plain data. */
function describe(err: unknown): PgliteResponse['error'] {
  const e = err instanceof Error ? err : new Error(String(err));
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(e)) if (typeof value !== 'function') fields[key] = value;
  return { message: e.message, name: e.name, fields };
}

port.on('message', async (request: PgliteRequest) => {
  let response: PgliteResponse;
  try {
    const db = await ready;
    if (request.op === 'query')
      response = { id: request.id, result: await db.query(request.sql, request.params) };
    else if (request.op === 'exec') response = { id: request.id, result: await db.exec(request.sql) };
    else {
      await db.close();
      response = { id: request.id, result: null };
    }
  } catch (err) {
    response = { id: request.id, error: describe(err) };
  }
  port.postMessage(response);
  if (request.op === 'close') port.close();
});
