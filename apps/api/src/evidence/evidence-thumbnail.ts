import decodeHeic from 'heic-decode';
import sharp, { type Sharp } from 'sharp';
import { badUserInput } from '../common/errors';
import type { EvidenceFileView } from './evidence.service';

/** Longest side of a thumbnail, in pixels. */
export const THUMBNAIL_SIZE = 320;
/** Longest side of a photo converted for display (HEIC → JPEG), in pixels. */
export const PREVIEW_SIZE = 2048;

const HEIF_TYPES = new Set(['image/heic', 'image/heif', 'image/heic-sequence', 'image/heif-sequence']);

/**
 * A sharp pipeline over the photo. The prebuilt libvips of sharp reads HEIF containers but has no
 * HEVC decoder (only AV1, i.e. AVIF), so phone HEIC photos are decoded by heic-decode (libheif in
 * WebAssembly) to raw RGBA first. `rotate()` applies the EXIF orientation of JPEGs; a decoded HEIC
 * already comes out upright (libheif applies the container's rotation).
 */
export async function imagePipeline(file: EvidenceFileView, bytes: Buffer): Promise<Sharp> {
  if (file.kind !== 'IMAGE')
    throw badUserInput(`evidence ${file.id} is not an image: it has no thumbnail or preview`, {
      field: 'id',
      reason: 'NOT_AN_IMAGE',
    });
  try {
    if (HEIF_TYPES.has(file.mimeType)) {
      const { width, height, data } = await decodeHeic({ buffer: new Uint8Array(bytes) });
      return sharp(Buffer.from(data.buffer, data.byteOffset, data.byteLength), {
        raw: { width, height, channels: 4 },
      });
    }
    return sharp(bytes, { failOn: 'none' }).rotate();
  } catch {
    throw noPreview(file);
  }
}

/** A small WebP made by the server, so the reviewer's page never loads a 10 MB phone photo per value. */
export async function thumbnailOf(file: EvidenceFileView, bytes: Buffer): Promise<Buffer> {
  const image = await imagePipeline(file, bytes);
  try {
    return await image
      .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 75 })
      .toBuffer();
  } catch {
    throw noPreview(file);
  }
}

/** The photo as a JPEG any browser shows (HEIC from phones included), at most PREVIEW_SIZE px. */
export async function previewOf(file: EvidenceFileView, bytes: Buffer): Promise<Buffer> {
  const image = await imagePipeline(file, bytes);
  try {
    return await image
      .resize(PREVIEW_SIZE, PREVIEW_SIZE, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 85 })
      .toBuffer();
  } catch {
    throw noPreview(file);
  }
}

function noPreview(file: EvidenceFileView) {
  return badUserInput(
    `evidence ${file.id} (${file.mimeType}) cannot be previewed on this server; download it instead`,
    { field: 'id', reason: 'NO_PREVIEW' },
  );
}
