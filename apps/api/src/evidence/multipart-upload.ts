import multer, { MulterError } from 'multer';
import { badUserInput } from '../common/errors';
import type { HttpRequest, HttpResponse } from '../common/http-types';
import { megabytes, uploadRefused } from './evidence-refusal';
import type { IncomingFile } from './evidence-intake';

/** At most this many files in one upload request. */
export const MAX_FILES_PER_UPLOAD = 20;

/**
 * Reads the multipart field `files` (one or more) into memory, each capped at `maxFileBytes`: multer
 * stops reading a file at the cap, so an oversized upload never fills the memory. Multer's errors
 * become refusals naming the file (it reports the field, so the current file's name is tracked).
 * Multer decodes names as latin1; they are re-decoded as UTF-8 so 主题党日.jpg keeps its name.
 */
export async function readEvidenceFiles(
  req: HttpRequest,
  res: HttpResponse,
  maxFileBytes: number,
): Promise<IncomingFile[]> {
  let current = '';
  const parse = multer({
    storage: multer.memoryStorage(),
    // Keep the name as sent: a name carrying a path is refused (displayNameProblem), not quietly cut.
    preservePath: true,
    limits: {
      fileSize: maxFileBytes,
      files: MAX_FILES_PER_UPLOAD,
      fields: 10,
      parts: MAX_FILES_PER_UPLOAD + 10,
    },
    fileFilter: (_req, file, accept) => {
      current = utf8Name(file.originalname);
      accept(null, true);
    },
  }).array('files', MAX_FILES_PER_UPLOAD);
  await new Promise<void>((resolve, reject) =>
    parse(req as never, res as never, (err: unknown) =>
      err ? reject(toRefusal(err, current, maxFileBytes)) : resolve(),
    ),
  );
  const files = (req as unknown as { files?: { originalname: string; buffer: Buffer }[] }).files ?? [];
  return files.map((f) => ({ originalname: utf8Name(f.originalname), buffer: f.buffer }));
}

function toRefusal(err: unknown, file: string, maxFileBytes: number) {
  if (err instanceof MulterError) {
    if (err.code === 'LIMIT_FILE_SIZE')
      return uploadRefused([
        {
          file,
          code: 'TOO_LARGE',
          reason: `the file is larger than the limit of ${megabytes(maxFileBytes)}`,
        },
      ]);
    if (err.code === 'LIMIT_FILE_COUNT' || err.code === 'LIMIT_PART_COUNT')
      return badUserInput(`at most ${MAX_FILES_PER_UPLOAD} files per upload`, { field: 'files' });
    if (err.code === 'LIMIT_UNEXPECTED_FILE')
      return badUserInput(`files must be sent in the multipart field "files" (got "${err.field}")`, {
        field: 'files',
      });
    return badUserInput(`the upload could not be read: ${err.message}`, { field: 'files' });
  }
  return badUserInput(`the upload could not be read as multipart/form-data: ${(err as Error).message}`, {
    field: 'files',
  });
}

function utf8Name(latin1: string): string {
  const decoded = Buffer.from(latin1, 'latin1').toString('utf8');
  return decoded.includes('\uFFFD') ? latin1 : decoded;
}
