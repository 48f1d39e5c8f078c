import exifReader from 'exif-reader';
import sharp from 'sharp';

/**
 * The photo's capture date from EXIF (DateTimeOriginal, else DateTime) as `YYYY-MM-DD`, or null.
 * EXIF dates carry no time zone: exif-reader returns the camera's wall-clock time in the UTC fields,
 * so the UTC date IS the local date the photo was taken.
 */
export async function photoTakenOn(bytes: Buffer): Promise<string | null> {
  try {
    const { exif } = await sharp(bytes).metadata();
    if (!exif) return null;
    const tags = exifReader(exif);
    const taken = tags.Photo?.DateTimeOriginal ?? tags.Image?.DateTime;
    return taken instanceof Date && !Number.isNaN(taken.getTime()) ? taken.toISOString().slice(0, 10) : null;
  } catch {
    // No readable EXIF (or a format sharp cannot open, e.g. HEIC): no date, no flag.
    return null;
  }
}
