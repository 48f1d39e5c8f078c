import type { evidenceZhStrings } from './zh-CN';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const evidenceEnStrings: Strings<typeof evidenceZhStrings> = {
  title: 'Evidence',
  drop: 'Click or drop files here to upload',
  dropHint: 'Photos (JPG, PNG, WebP, HEIC), PDF, Word or Excel; several at once; up to 20 MB each.',
  camera: 'Take a photo',
  uploading: 'Uploading {{name}}',
  uploaded: 'Uploaded: {{name}}',
  refusedTitle: '{{name}} was not uploaded: {{reason}}',
  refusedNothingKept: 'Nothing of this file was kept; try another file.',
  required: 'This indicator needs evidence before submitting',
  requiredHint: 'This indicator needs evidence: {{hint}}',
  requested: 'The reviewer asked for evidence on this indicator',
  requestedNotice: 'The reviewer asked for evidence on: {{names}}',
  none: 'No evidence uploaded yet',
  noneReview: 'The branch uploaded no evidence',
  count: '{{count}} files',
  open: 'Open',
  download: 'Download',
  remove: 'Remove',
  removeConfirm: 'Remove “{{name}}”?',
  removed: 'Removed: {{name}}',
  removeFailed: 'Could not remove “{{name}}”: {{reason}}',
  openFailed: 'Could not open “{{name}}”: {{reason}}',
  thumbnailAlt: 'Thumbnail of {{name}}',
  kind: { IMAGE: 'Photo', PDF: 'PDF file', OFFICE: 'Office file' },
  archive: 'Download all evidence (ZIP)',
  archiveHint: 'One folder per indicator, for the archive.',
  flagsTitle: 'To check',
  flag: {
    SAME_FILE_OTHER_BRANCH: 'Another branch uploaded the identical file',
    PHOTO_DATE_OUTSIDE_PERIOD: 'Photo taken outside this quarter',
  },
  reason: {
    EMPTY: 'the file is empty',
    TOO_LARGE: 'the file is over the size limit{{limit}}',
    TYPE_NOT_ACCEPTED:
      'its content is not an accepted type (photo, PDF, Word or Excel; judged by the content, not the name)',
    BAD_NAME: 'the name carries a path or control characters',
    ASSESSMENT_LIMIT: "the assessment's files would exceed the total limit{{limit}}",
    other: '{{message}}',
  },
  limit: ' ({{limit}})',
  requestLabel: 'Indicators needing evidence',
  requestPlaceholder: 'Optional: indicators the branch must attach evidence to',
};
