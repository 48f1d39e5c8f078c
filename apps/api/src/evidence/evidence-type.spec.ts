import sharp from 'sharp';
import { detectEvidenceType, displayNameProblem } from './evidence-type';

const image = (format: 'jpeg' | 'png' | 'webp') =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: '#c00' } })
    .toFormat(format)
    .toBuffer();

describe('evidence type (by content, never by name)', () => {
  it('accepts JPEG, PNG, WebP photos and PDF by their magic bytes', async () => {
    expect(await detectEvidenceType(await image('jpeg'))).toEqual({ mime: 'image/jpeg', kind: 'IMAGE' });
    expect(await detectEvidenceType(await image('png'))).toEqual({ mime: 'image/png', kind: 'IMAGE' });
    expect(await detectEvidenceType(await image('webp'))).toEqual({ mime: 'image/webp', kind: 'IMAGE' });
    expect(
      await detectEvidenceType(Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n')),
    ).toEqual({ mime: 'application/pdf', kind: 'PDF' });
  });

  it('refuses executables, scripts, plain text and empty files', async () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(64)]);
    const windowsExe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]);
    expect(await detectEvidenceType(elf)).toBeNull();
    expect(await detectEvidenceType(windowsExe)).toBeNull();
    expect(await detectEvidenceType(Buffer.from('#!/bin/sh\nrm -rf /\n'))).toBeNull();
    expect(await detectEvidenceType(Buffer.alloc(0))).toBeNull();
  });

  it('refuses display names that carry a path or control characters', () => {
    expect(displayNameProblem('主题党日.jpg')).toBeNull();
    expect(displayNameProblem('../../etc/passwd.jpg')).toMatch(/path/);
    expect(displayNameProblem('C:\\photos\\a.jpg')).toMatch(/path/);
    expect(displayNameProblem('a\u0000.jpg')).toMatch(/control/);
    expect(displayNameProblem('  ')).toMatch(/no name/);
  });
});
