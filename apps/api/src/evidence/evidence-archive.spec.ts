import JSZip from 'jszip';
import { defaultFramework } from '@pathboard/frameworks';
import { PassThrough, Writable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { archiveEntryNames, writeArchive, type ArchiveEntry } from './evidence-archive';
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

  it('streams a ZIP holding exactly the given bytes, reading each file only when the archive reaches it', async () => {
    const log: string[] = [];
    const entry = (name: string, text: string): ArchiveEntry => ({
      name,
      date: new Date('2026-10-01T08:00:00Z'),
      read: async () => {
        log.push(`read ${name}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        log.push(`got ${name}`);
        return Buffer.from(text);
      },
    });
    const output = new PassThrough();
    const bytes = buffer(output);
    await writeArchive([entry('A/01 记录.txt', 'hello'), entry('B/01 x.txt', 'world')], output);
    const zip = await JSZip.loadAsync(await bytes);
    expect(Object.keys(zip.files)).toEqual(['A/01 记录.txt', 'B/01 x.txt']);
    expect(await zip.file('A/01 记录.txt')!.async('string')).toBe('hello');
    expect(await zip.file('B/01 x.txt')!.async('string')).toBe('world');
    // One file in memory at a time: the second is not fetched before the first has arrived.
    expect(log).toEqual(['read A/01 记录.txt', 'got A/01 记录.txt', 'read B/01 x.txt', 'got B/01 x.txt']);
  });

  it('reads the next file only once the client has taken all but 1 MiB of the archive so far', async () => {
    const size = 2 * 1024 * 1024;
    let taken = 0;
    const takenAtRead: number[] = [];
    const slowClient = new Writable({
      highWaterMark: 64 * 1024,
      write(chunk: Buffer, _encoding, done) {
        taken += chunk.length;
        setTimeout(done, 1);
      },
    });
    const entries = [0, 1, 2].map((i): ArchiveEntry => ({
      name: `A/0${i} scan.pdf`,
      date: new Date(),
      read: async () => {
        takenAtRead.push(taken);
        return Buffer.alloc(size, i);
      },
    }));
    await writeArchive(entries, slowClient);
    expect(takenAtRead[0]).toBe(0);
    expect(takenAtRead[1]).toBeGreaterThanOrEqual(size - 1024 * 1024);
    expect(takenAtRead[2]).toBeGreaterThanOrEqual(2 * size - 1024 * 1024);
    expect(taken).toBeGreaterThan(3 * size);
  });

  it('fails, destroying the output, when a file cannot be read mid-archive', async () => {
    const output = new PassThrough();
    output.resume();
    const entries: ArchiveEntry[] = [
      { name: 'A/01 a.txt', date: new Date(), read: async () => Buffer.from('a') },
      { name: 'A/02 b.txt', date: new Date(), read: async () => Promise.reject(new Error('bytes missing')) },
    ];
    await expect(writeArchive(entries, output)).rejects.toThrow('bytes missing');
    expect(output.destroyed).toBe(true);
  });
});
