import type { DeepStrings } from '../../../shared/i18n';
import type { reportsZh } from './zh-CN';

export const reportsEn: DeepStrings<typeof reportsZh> = {
  reports: {
    quarterlyPdf: 'Quarterly report (PDF)',
    branchPdf: 'Branch report (PDF)',
    quarterlyXlsx: 'Assessment data (Excel)',
    importTemplate: 'Import template',
    importValues: 'Import data',
    exportLabel: 'Export and import',
    downloading: 'Downloading…',
    downloadingPercent: 'Downloading {{percent}}%',
    downloadingBytes: 'Downloading {{size}}',
    cancel: 'Cancel download',
    saved: 'Downloaded “{{name}}”',
    failed: 'The download did not work: {{reason}}',
    import: {
      title: 'Import assessment data: {{period}}',
      intro:
        "Fill in this unit's import template for this quarter. Check the file first; checking changes nothing. Then import.",
      chooseFile: 'Click or drop the filled Excel file (.xlsx) here',
      fileLabel: 'Import file',
      wrongType: 'Please choose an Excel file in .xlsx format.',
      tooLarge: 'The file is larger than {{size}} MB. Please split it and import in parts.',
      check: 'Check file',
      checking: 'Checking…',
      apply: 'Import',
      applying: 'Importing…',
      close: 'Close',
      another: 'Choose another file',
      problems: 'Found {{count}} problems; nothing was imported. Fix the file and check it again.',
      ready:
        'Check passed: {{rows}} branches in the file, {{changed}} with changes; {{imported}} indicator values will be added, {{updated}} updated, {{unchanged}} stay the same.',
      nothingToDo: 'Check passed, but the file holds exactly the data already stored: nothing to import.',
      returned:
        "Will change values of {{count}} returned branches ({{list}}): they are revising on the reviewer's comments, and the import overwrites their revisions.",
      returnedItem: '{{name}}: {{count}} values',
      returnedSeparator: '; ',
      done: 'Imported: {{changed}} branches changed; {{imported}} indicator values added, {{updated}} updated, {{unchanged}} unchanged.',
      changes: 'Changes per branch',
      failed: 'The import did not work',
      columns: {
        row: 'Row',
        column: 'Column',
        field: 'Field',
        reason: 'Problem',
        branch: 'Branch',
        imported: 'Added',
        updated: 'Updated',
        unchanged: 'Unchanged',
      },
      wholeFile: 'Whole file',
    },
  },
};
