import { inflateRawSync } from 'node:zlib';
import { fileError, type ImportError } from './errors';

/**
 * What an import workbook may unpack to. A filled 5,000-branch template is about 1 MB zipped and
 * 2-10 MB unzipped; a zip bomb (a few MB of zeros unpacking to gigabytes of sheet XML) is refused
 * from the zip's central directory, before any parser sees it.
 */
export const IMPORT_ZIP_LIMITS = {
  /** Sum of the entries' uncompressed sizes. */
  uncompressedBytes: 32 * 1024 * 1024,
  /** Entries in the zip (a template has about 15). */
  entries: 500,
  /** `<row>` elements over every worksheet (the 5,000-branch template has about 5,010). */
  rows: 20_000,
} as const;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/**
 * Checks an uploaded workbook's zip before it is parsed: the central directory's declared sizes
 * against the caps, then each entry inflated with its declared size as a hard output limit (an entry
 * that lies about its size fails at that limit instead of filling memory), then the worksheets' row
 * count. Memory stays within the uncompressed cap. Returns the refusal, or null when the file may be
 * parsed. A file that is not a zip at all is left to the parser (which says "not a workbook").
 */
export function inspectWorkbookZip(
  buffer: Buffer | Uint8Array,
  limits = IMPORT_ZIP_LIMITS,
): ImportError | null {
  const bytes = Buffer.isBuffer(buffer)
    ? buffer
    : Buffer.from(buffer.buffer, buffer.byteOffset, buffer.length);
  const entries = readCentralDirectory(bytes, limits.entries);
  if (entries === 'NOT_A_ZIP') return null;
  if (entries === 'TOO_MANY_ENTRIES') return tooMany('entries', limits.entries);
  if (entries === 'UNSUPPORTED') return unsupported();
  const declared = entries.reduce((total, entry) => total + entry.uncompressedSize, 0);
  if (declared > limits.uncompressedBytes) return tooLarge(declared, limits.uncompressedBytes);
  let rows = 0;
  for (const entry of entries) {
    const data = inflateEntry(bytes, entry);
    if (data === null) return unsupported();
    if (data === 'LIED') return tooLarge(null, limits.uncompressedBytes);
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name)) {
      rows += countRows(data);
      if (rows > limits.rows) return tooMany('rows', limits.rows);
    }
  }
  return null;
}

function readCentralDirectory(
  bytes: Buffer,
  maxEntries: number,
): Entry[] | 'NOT_A_ZIP' | 'TOO_MANY_ENTRIES' | 'UNSUPPORTED' {
  // The end-of-central-directory record: 22 bytes plus a comment of at most 65,535 bytes, at the end.
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes.readUInt32LE(at) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return 'NOT_A_ZIP';
  const count = bytes.readUInt16LE(eocd + 10);
  const offset = bytes.readUInt32LE(eocd + 16);
  // 0xFFFF / 0xFFFFFFFF mean ZIP64, which no spreadsheet of an importable size needs.
  if (count === 0xffff || offset === 0xffffffff) return 'UNSUPPORTED';
  if (count > maxEntries) return 'TOO_MANY_ENTRIES';
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) return 'UNSUPPORTED';
    const nameLength = bytes.readUInt16LE(at + 28);
    const entry: Entry = {
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      uncompressedSize: bytes.readUInt32LE(at + 24),
      localHeaderOffset: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
    };
    if (entry.compressedSize === 0xffffffff || entry.uncompressedSize === 0xffffffff) return 'UNSUPPORTED';
    entries.push(entry);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

/** The entry's bytes, at most its declared size: 'LIED' when it unpacks to more, null when unreadable. */
function inflateEntry(bytes: Buffer, entry: Entry): Buffer | 'LIED' | null {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_SIGNATURE) return null;
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === STORED) return data.length === entry.uncompressedSize ? data : null;
  if (entry.method !== DEFLATED) return null;
  try {
    // maxOutputLength must be ≥ 1; one byte more than declared tells a lie from an exact fit.
    const out = inflateRawSync(data, { maxOutputLength: entry.uncompressedSize + 1 });
    return out.length > entry.uncompressedSize ? 'LIED' : out;
  } catch (error) {
    return (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'LIED' : null;
  }
}

/** `<row …>` / `<x:row …>` start tags, counted on the bytes (no string of the whole sheet is made). */
function countRows(xml: Buffer): number {
  let rows = 0;
  for (let at = xml.indexOf('row'); at >= 0; at = xml.indexOf('row', at + 3)) {
    const before = xml[at - 1];
    const after = xml[at + 3];
    const opens =
      before === 0x3c /* < */ ||
      (before === 0x3a /* : */ && xml.lastIndexOf(0x3c, at) > xml.lastIndexOf(0x3e, at));
    if (opens && (after === 0x20 || after === 0x3e || after === 0x09 || after === 0x0a || after === 0x0d))
      rows++;
  }
  return rows;
}

function tooLarge(declared: number | null, limit: number): ImportError {
  const mb = (n: number) => Math.round(n / 1024 / 1024);
  const what =
    declared === null
      ? {
          zh: '解压后的大小与文件声明的不符（超过声明）',
          en: 'an entry unpacks to more than the size it declares',
        }
      : { zh: `解压后约 ${mb(declared)} MB`, en: `it unpacks to about ${mb(declared)} MB` };
  return fileError('FILE_TOO_LARGE_UNCOMPRESSED', {
    zh: `文件解压后过大：${what.zh}，上限 ${mb(limit)} MB。请使用系统下载的导入模板`,
    en: `the workbook is too large once unpacked: ${what.en}; the limit is ${mb(limit)} MB. Use the downloaded import template`,
  });
}

function tooMany(what: 'rows' | 'entries', limit: number): ImportError {
  return what === 'rows'
    ? fileError('TOO_MANY_ROWS', {
        zh: `工作表行数超过上限 ${limit} 行`,
        en: `the worksheets have more than ${limit} rows`,
      })
    : fileError('TOO_MANY_ENTRIES', {
        zh: `压缩包内文件超过上限 ${limit} 个，不是导入模板`,
        en: `the file holds more than ${limit} parts; it is not an import template`,
      });
}

function unsupported(): ImportError {
  return fileError('NOT_A_WORKBOOK', {
    zh: '文件不是有效的 Excel 工作簿（.xlsx）：压缩结构无法读取',
    en: 'the file is not an Excel workbook (.xlsx): its zip structure cannot be read',
  });
}
