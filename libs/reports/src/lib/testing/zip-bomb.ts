import { createDeflateRaw, crc32 } from 'node:zlib';

/** A zip entry whose content is `chunk` repeated `times` times (never all in memory at once). */
export interface RepeatedEntry {
  name: string;
  chunk: Buffer;
  times: number;
  /** Write this as the declared uncompressed size instead of the true one (a lying zip bomb). */
  declareSize?: number;
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';

/**
 * A small .xlsx-shaped zip whose one worksheet unpacks to `rows` copies of a wide row: a few hundred
 * KB on disk, hundreds of MB of sheet XML once unpacked. Made by streaming deflate, so building it
 * needs no more memory than one chunk; the tests and tools/probe/import-probe.ts use it.
 */
export async function zipBombWorkbook(options: {
  rowsPerChunk?: number;
  chunks: number;
  declareSize?: number;
}): Promise<Buffer> {
  const rowsPerChunk = options.rowsPerChunk ?? 1000;
  const row = `<row r="3">${Array.from({ length: 40 }, (_, c) => `<c r="A3" t="n"><v>${c}</v></c>`).join('')}</row>`;
  return buildZip([
    {
      name: '[Content_Types].xml',
      chunk: Buffer.from(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      ),
      times: 1,
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      chunk: Buffer.from(SHEET_HEAD + row.repeat(rowsPerChunk)),
      times: options.chunks,
      declareSize: options.declareSize,
    },
  ]);
}

/** A zip (deflated entries) with correct local headers, central directory and CRCs. */
export async function buildZip(entries: RepeatedEntry[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const compressed = await deflateRepeated(entry.chunk, entry.times);
    let crc = 0;
    for (let i = 0; i < entry.times; i++) crc = crc32(entry.chunk, crc);
    const size = entry.declareSize ?? entry.chunk.length * entry.times;
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

async function deflateRepeated(chunk: Buffer, times: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (data: Buffer) => out.push(data));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  for (let i = 0; i < times; i++) {
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return Buffer.concat(out);
}
