import JSZip from 'jszip';
import { defaultFramework } from '@pathboard/frameworks';
import { archiveEntryNames, buildArchive } from './evidence-archive';
import type { EvidenceFileView } from './evidence.service';

const file = (indicatorCode: string, name: string): EvidenceFileView => ({
  id: name,
  assessmentId: 'a',
  indicatorCode,
  name,
  mimeType: 'image/jpeg',
  kind: 'IMAGE',
  sizeBytes: 1,
  sha256: '0'.repeat(64),
  uploadedAt: new Date('2026-10-01T00:00:00Z'),
});

describe('evidence archive', () => {
  it('names entries by indicator, numbered, and never lets a name climb out of its folder', () => {
    const names = archiveEntryNames(defaultFramework, [
      file('ORG_MEETINGS', '记录.pdf'),
      file('ORG_MEETINGS', '签到表.jpg'),
      file('ORG_THEME_DAYS', '..\\..\\x.jpg'),
    ]);
    expect(names[0]).toMatch(/^ORG_MEETINGS [^/]+\/01 记录\.pdf$/);
    expect(names[1]).toMatch(/^ORG_MEETINGS [^/]+\/02 签到表\.jpg$/);
    expect(names[2].split('/')).toHaveLength(2);
    expect(names[2]).not.toContain('\\');
  });

  it('builds a ZIP holding exactly the given bytes', async () => {
    const zip = await JSZip.loadAsync(
      await buildArchive([{ name: 'A/01 x.txt', bytes: Buffer.from('hello'), date: new Date() }]),
    );
    expect(Object.keys(zip.files)).toEqual(['A/01 x.txt']);
    expect(await zip.file('A/01 x.txt')!.async('string')).toBe('hello');
  });
});
