import sharp from 'sharp';
import { evidenceFlags, quarterOf } from './evidence-flags';
import { photoTakenOn } from './photo-date';

const clean = { otherBranches: 0, photoTakenOn: null, periodCode: '2026Q4' };

describe('evidence plausibility flags', () => {
  it('flags a file other branches also submitted, explaining it in zh and en', () => {
    expect(evidenceFlags(clean)).toEqual([]);
    const [flag] = evidenceFlags({ ...clean, otherBranches: 2 });
    expect(flag.code).toBe('SAME_FILE_OTHER_BRANCH');
    expect(flag.message.zh).toContain('另外 2 个支部');
    expect(flag.message.en).toContain('2 other branches');
  });

  it('flags a photo whose EXIF date lies outside the quarter (boundaries included in the quarter)', () => {
    expect(quarterOf('2026-10-01')).toBe('2026Q4');
    expect(quarterOf('2026-09-30')).toBe('2026Q3');
    expect(evidenceFlags({ ...clean, photoTakenOn: '2026-12-31' })).toEqual([]);
    const [flag] = evidenceFlags({ ...clean, photoTakenOn: '2026-09-30' });
    expect(flag.code).toBe('PHOTO_DATE_OUTSIDE_PERIOD');
    expect(flag.message.zh).toContain('2026-09-30');
    expect(flag.message.en).toContain('outside the assessed quarter 2026Q4');
  });

  it("reads the capture date from a photo's EXIF, and null without one", async () => {
    const base = sharp({ create: { width: 8, height: 8, channels: 3, background: '#08f' } });
    const dated = await base
      .clone()
      .jpeg()
      .withExif({ IFD0: { DateTime: '2025:03:14 09:26:53' } })
      .toBuffer();
    expect(await photoTakenOn(dated)).toBe('2025-03-14');
    expect(await photoTakenOn(await base.clone().jpeg().toBuffer())).toBeNull();
    expect(await photoTakenOn(Buffer.from('%PDF-1.4'))).toBeNull();
  });
});
