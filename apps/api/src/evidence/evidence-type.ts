import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { TEXT_LIMITS } from '@pathboard/text-limits';

/**
 * What evidence may be: judged by the content's magic bytes (file-type), never by the name or the
 * Content-Type the client sent. `kind` drives display: images get thumbnails, PDFs open inline,
 * office files download.
 */
export type EvidenceKind = 'IMAGE' | 'PDF' | 'OFFICE';

export interface EvidenceType {
  mime: string;
  kind: EvidenceKind;
}

/** The accepted detected types (file-type's MIME names) and how each is shown. */
export const ACCEPTED_TYPES: Readonly<Record<string, EvidenceKind>> = {
  'image/jpeg': 'IMAGE',
  'image/png': 'IMAGE',
  'image/webp': 'IMAGE',
  'image/heic': 'IMAGE',
  'image/heif': 'IMAGE',
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'OFFICE',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'OFFICE',
  // Legacy .doc / .xls: file-type sees the OLE compound-file container they share.
  'application/x-cfb': 'OFFICE',
};

export const ACCEPTED_DESCRIPTION =
  'JPEG, PNG, WebP or HEIC photos, PDF, Word (.docx/.doc) or Excel (.xlsx/.xls) files';

type FileTypeModule = typeof import('file-type');
let fileTypeModule: Promise<FileTypeModule> | undefined;

/**
 * file-type is ESM-only and the API is CommonJS (swc). A transpiled `import()` becomes `require()`,
 * which cannot load ESM under Jest; an indirect eval keeps a real dynamic import, which works in
 * Node and in Jest's VM (started with --experimental-vm-modules).
 */
function loadFileType(): Promise<FileTypeModule> {
  // The random comment makes each module instance compile its own function: V8 caches eval'd code
  // by its source, and a cached copy keeps the import context of the Jest test file that compiled
  // it first (run in band, the next file's import then fails).
  const source = `(specifier) => import(specifier) // ${randomUUID()}`;
  const importEsm = (0, eval)(source) as (specifier: string) => Promise<FileTypeModule>;
  return (fileTypeModule ??= importEsm(fileTypeSpecifier()));
}

/**
 * Where file-type is, found as `require` finds packages. A bare `import('file-type')` is resolved by
 * Node's ESM resolver, which ignores NODE_PATH: a built API run from a folder without node_modules
 * (NODE_PATH pointing at them) then failed every upload. `require.resolve` honours NODE_PATH and, on
 * Node ≥ 20.19, file-type's `module-sync` export; where it cannot resolve, the bare name is tried.
 */
function fileTypeSpecifier(): string {
  try {
    return pathToFileURL(require.resolve('file-type')).href;
  } catch {
    return 'file-type';
  }
}

/** The detected type when it is accepted evidence, else null (unknown, executable, archive…). */
export async function detectEvidenceType(bytes: Buffer): Promise<EvidenceType | null> {
  if (bytes.length === 0) return null;
  const { fileTypeFromBuffer } = await loadFileType();
  const detected = await fileTypeFromBuffer(bytes);
  const kind = detected ? ACCEPTED_TYPES[detected.mime] : undefined;
  return detected && kind ? { mime: detected.mime, kind } : null;
}

/** Problems with a display name, or null. The name is shown, never used in a path; still, a name
 * that carries a path or control characters is refused rather than silently altered. */
export function displayNameProblem(name: string): string | null {
  if (!name.trim()) return 'the file has no name';
  if ([...name].length > TEXT_LIMITS.evidenceFileName)
    return `the file name is longer than ${TEXT_LIMITS.evidenceFileName} characters`;
  if (/[/\\]/.test(name)) return 'the file name contains a path (/ or \\)';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'the file name contains control characters';
  if (name === '.' || name === '..') return 'the file name is not a name';
  return null;
}
