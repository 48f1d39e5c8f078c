/**
 * The file name a server gives a download in its Content-Disposition header (RFC 6266). Report names
 * are Chinese (季度通报-示范区-2026年第三季度.pdf), so the RFC 5987 form `filename*=UTF-8''%E5%AD%A3…`
 * wins over the plain `filename=`, which servers fill with an ASCII fallback.
 */

// One `name=value` parameter; the value is a quoted string (with \-escapes) or a token up to `;`.
const PARAMETER = /;\s*([^\s=;]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/g;
// RFC 5987 ext-value: charset ' [language] ' percent-encoded value.
const EXT_VALUE = /^([A-Za-z0-9!#$%&+^_`{}~-]+)'([A-Za-z0-9-]*)'(.*)$/;

function unquote(value: string): string {
  const trimmed = value.trim();
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"'))
    return trimmed.slice(1, -1).replace(/\\(.)/g, '$1');
  return trimmed;
}

function decodeExtValue(raw: string): string | null {
  const match = EXT_VALUE.exec(unquote(raw));
  if (!match) return null;
  const [, charset, , encoded] = match;
  try {
    switch (charset.toLowerCase()) {
      case 'utf-8':
        return decodeURIComponent(encoded);
      case 'iso-8859-1':
        // Each %XX is one Latin-1 character, never a UTF-8 byte sequence.
        return unescapeLatin1(encoded);
      default:
        return null; // a charset we cannot decode: fall back to the plain filename
    }
  } catch {
    return null; // malformed percent-encoding
  }
}

function unescapeLatin1(encoded: string): string {
  if (/%(?![0-9A-Fa-f]{2})/.test(encoded)) throw new URIError('malformed percent-encoding');
  return encoded.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Header values reach JavaScript as Latin-1 ("ByteString"): a server that wrote raw UTF-8 into a
 * plain `filename=` shows up as mojibake (å­£åº¦). Re-read such text as UTF-8 when it is valid UTF-8.
 */
function repairRawUtf8(text: string): string {
  // eslint-disable-next-line no-control-regex -- the full Latin-1 range is exactly what is tested here
  if (!/[\u0080-\u00ff]/.test(text) || /[^\u0000-\u00ff]/.test(text)) return text;
  const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return text; // genuinely Latin-1 (e.g. "café.pdf")
  }
}

/** A name safe to save under: no folders, no control characters, not empty. */
export function safeFilename(name: string): string | null {
  const cleaned = name
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/^.*[\\/]/, '')
    .trim();
  return cleaned && cleaned !== '.' && cleaned !== '..' ? cleaned : null;
}

export function filenameFromContentDisposition(header: string | null | undefined): string | null {
  if (!header) return null;
  let plain: string | null = null;
  let extended: string | null = null;
  for (const [, rawName, rawValue] of `;${header.replace(/^[^;]*/, '')}`.matchAll(PARAMETER)) {
    const name = rawName.toLowerCase();
    if (name === 'filename*' && extended === null) extended = decodeExtValue(rawValue);
    else if (name === 'filename' && plain === null) plain = repairRawUtf8(unquote(rawValue));
  }
  return safeFilename(extended ?? plain ?? '');
}
