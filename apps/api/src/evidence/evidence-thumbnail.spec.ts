import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { EvidenceFileView } from './evidence.service';
import { previewOf, thumbnailOf } from './evidence-thumbnail';

// A real HEIC (HEVC-coded, 64×48, a blue gradient) made with libheif's heif-enc 1.15 from a JPEG:
// the prebuilt sharp cannot decode it by itself (no HEVC in its libvips).
const heic = readFileSync(join(__dirname, 'testing/fixtures/photo-64x48.heic'));

const view = (mimeType: string, kind: EvidenceFileView['kind'] = 'IMAGE'): EvidenceFileView => ({
  id: '00000000-0000-4000-8000-000000000001',
  assessmentId: '00000000-0000-4000-8000-000000000002',
  indicatorCode: 'ORG_MEETINGS',
  name: 'x',
  mimeType,
  kind,
  sizeBytes: 1,
  sha256: 'a'.repeat(64),
  uploadedAt: new Date(0),
});

describe('evidence thumbnails and previews', () => {
  it('the prebuilt sharp alone cannot decode the HEIC fixture (why heic-decode is needed)', async () => {
    await expect(sharp(heic).toBuffer()).rejects.toThrow();
  });

  it('a phone HEIC photo gets a WebP thumbnail with its colours', async () => {
    const thumb = await thumbnailOf(view('image/heic'), heic);
    const meta = await sharp(thumb).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 64, height: 48 });
    const { data } = await sharp(thumb).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    // the source is blue 200 everywhere, red rising left to right: the left column is dark red, blue
    expect(data[2]).toBeGreaterThan(150);
    expect(data[0]).toBeLessThan(60);
  });

  it('a HEIC photo converts to a JPEG for display', async () => {
    const jpeg = await previewOf(view('image/heic'), heic);
    expect(jpeg.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(await sharp(jpeg).metadata()).toMatchObject({ format: 'jpeg', width: 64, height: 48 });
  });

  it('a large JPEG is shrunk to 320 px on its longest side', async () => {
    const big = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#c00' } })
      .jpeg()
      .toBuffer();
    expect(await sharp(await thumbnailOf(view('image/jpeg'), big)).metadata()).toMatchObject({
      width: 320,
      height: 240,
    });
  });

  it('bytes that do not decode, and non-images, answer with a reason', async () => {
    await expect(thumbnailOf(view('image/heic'), Buffer.from('not a heic'))).rejects.toMatchObject({
      extensions: expect.objectContaining({ reason: 'NO_PREVIEW' }),
    });
    await expect(thumbnailOf(view('application/pdf', 'PDF'), heic)).rejects.toMatchObject({
      extensions: expect.objectContaining({ reason: 'NOT_AN_IMAGE' }),
    });
  });
});
