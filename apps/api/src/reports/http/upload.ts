import { BadRequestException, PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';

/** A 5,000-branch import file is about 1 MB; anything near this limit is not a template. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const HOW =
  'send the .xlsx file as multipart/form-data field "file", or as the raw request body with Content-Type application/vnd.openxmlformats-officedocument.spreadsheetml.sheet or application/octet-stream';

/** The uploaded file as multer (FileInterceptor, memory storage) hands it over. */
export interface UploadedXlsx {
  buffer: Buffer;
  size: number;
  originalname: string;
}

/**
 * The import file's bytes: the multipart field `file` (already read by FileInterceptor, size-limited)
 * or else the raw request body (fetch `body: file`, curl `--data-binary @file.xlsx`). Content types
 * the app's body parsers consume (JSON, form-urlencoded, text) are refused with 415 and how to send it.
 */
export async function readUpload(
  req: IncomingMessage,
  file: UploadedXlsx | undefined,
  limit = MAX_IMPORT_BYTES,
): Promise<Buffer> {
  if (file) return file.buffer;
  const type = String(req.headers['content-type'] ?? '').toLowerCase();
  if (type.startsWith('multipart/'))
    throw new BadRequestException({ code: 'NO_FILE', message: `no file in the upload: ${HOW}` });
  if (/json|x-www-form-urlencoded|^text\//.test(type)) {
    throw new UnsupportedMediaTypeException({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: `${type || 'this content type'} is not accepted: ${HOW}`,
    });
  }
  const tooLarge = () =>
    new PayloadTooLargeException({
      code: 'PAYLOAD_TOO_LARGE',
      message: `the file is larger than ${limit / 1024 / 1024} MB`,
    });
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) throw tooLarge();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
