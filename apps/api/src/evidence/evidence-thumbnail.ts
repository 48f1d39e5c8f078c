import sharp from 'sharp';
import { badUserInput } from '../common/errors';
import type { EvidenceFileView } from './evidence.service';

/** Longest side of a thumbnail, in pixels. */
export const THUMBNAIL_SIZE = 320;

/**
 * A WebP thumbnail made by the server, so the reviewer's page never loads a 10 MB phone photo per
 * value. `rotate()` applies the EXIF orientation (phone photos are often stored sideways).
 */
export async function thumbnailOf(file: EvidenceFileView, bytes: Buffer): Promise<Buffer> {
  if (file.kind !== 'IMAGE')
    throw badUserInput(`evidence ${file.id} is not an image: it has no thumbnail`, {
      field: 'id',
      reason: 'NOT_AN_IMAGE',
    });
  try {
    return await sharp(bytes, { failOn: 'none' })
      .rotate()
      .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 75 })
      .toBuffer();
  } catch {
    // The prebuilt sharp has no HEVC decoder: a HEIC photo is stored and downloadable, not previewable.
    throw badUserInput(
      `evidence ${file.id} (${file.mimeType}) cannot be previewed on this server; download it instead`,
      { field: 'id', reason: 'NO_PREVIEW' },
    );
  }
}
