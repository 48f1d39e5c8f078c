import { sectorNames } from '@pathboard/scoring';
import type { assessmentZh, Strings } from './i18n';

// The English of i18n.ts: its own module, so the app fetches it only with the other English strings
// (app/i18n-en.ts).
const en: Strings<(typeof assessmentZh)['assessment']> = {
  title: 'Quarterly self-assessment',
  pageTitle: 'Self-assessment, {{period}}',
  status: {
    DRAFT: 'Draft',
    SUBMITTED: 'Submitted, awaiting review',
    RETURNED: 'Returned for changes',
    APPROVED: 'Approved',
  },
  sector: sectorNames('en'),
  deadline: 'Due {{date}}',
  listSeparator: ', ',
  partSeparator: '; ',
  intro:
    'Fill in each indicator for this quarter and save whenever you like; when everything is in, submit it for review.',
  notice: {
    returnedTitle: 'The reviewer returned this self-assessment: please correct it and submit again',
    returnedBy: 'Returned by {{name}} on {{date}}',
    reviewerComment: "Reviewer's comment: ",
    submitted: 'Submitted on {{date}} and awaiting review; it cannot be changed now.',
    approved: "This quarter's self-assessment is approved and locked.",
    closed: 'This quarter is closed: its data can only be viewed.',
    adjusted:
      'The reviewer adjusted {{count}}: {{names}}. The reviewed value and its reason are beside each.',
  },
  history: {
    title: 'History',
    opened: 'Quarter opened',
    submitted: 'Submitted for review',
    resubmitted: 'Submitted again',
    returned: 'Returned for changes',
    approved: 'Approved',
    reopened: 'Reopened',
    by: '{{name}}',
    system: 'System',
  },
  field: {
    evidence: 'Evidence',
    evidenceLabel: 'Evidence: ',
    evidencePlaceholder: 'e.g. minutes, sign-in sheets, where the photos are filed',
    unsaved: 'Unsaved',
    changedOnServer: 'Updated from the server',
    reviewed: 'Reviewed value: {{value}}',
    reviewedBecause: 'Reviewed value: {{value}}. Reason: {{reason}}',
    percentNotRate:
      'Enter this as a percent: {{typed}} means {{typed}}%. If you mean {{percent}}%, enter {{percent}}.',
    pathWeight: 'weight {{weight}}',
  },
  preview: {
    title: 'Score preview',
    titleOwn: 'Self-assessed score (your values)',
    official:
      'The reviewed total is {{total}}: the reviewer adjusted {{count}}, marked “Reviewed value” beside each.',
    total: 'Total',
    grade: 'Grade',
    completeness: '{{answered}} of {{applicable}} answered',
    hint: 'Computed as you type, with the same rules as the system; after review, the reviewed score counts.',
    skipped: '{{count}} entries have problems and count as unanswered for now.',
    vetoed: 'A veto item applies: the grade is at most {{grade}}.',
  },
  actions: {
    save: 'Save',
    saved: 'Saved.',
    nothingToSave: 'There are no changes to save.',
    unsavedCount: '{{count}} unsaved changes',
    allSaved: 'All changes saved',
    fixFirst: '{{count}} entries have problems (marked in red). Please correct them before saving.',
    fixFirstSubmit: '{{count}} entries have problems (marked in red). Please correct them before submitting.',
    submit: 'Submit for review',
    confirmTitle: 'Submit for review?',
    confirmBody: 'After submitting you cannot change it unless the reviewer returns it.',
    confirmUnsaved: 'Your {{count}} unsaved changes will be saved first.',
    confirmMissing: '{{count}} indicators are not answered and will score 0.',
    confirmOk: 'Submit',
    submittedOk: 'Submitted; awaiting review.',
  },
  conflict: {
    title: 'Someone else changed this self-assessment before your save',
    body: 'Everything you typed is still here. Check the indicators below, then click “Save” to save on the latest version.',
    contested: 'You and the other person both changed these; your values are kept for now:',
    theirs: 'On the server: {{value}}',
    yours: 'Yours: {{value}}',
    useTheirs: "Use the server's value",
    taken: "Only the other person changed these, so they now show the server's values: {{names}}",
    evidence: 'Note: {{text}}',
    empty: '(not answered)',
  },
  nav: {
    paths: 'Jump to a path',
    progress: '{{answered}}/{{total}}',
    answered: '{{answered}}/{{applicable}} answered',
    nextUnfilled: 'Next unanswered',
    previous: 'Last quarter: {{value}}',
  },
  draft: {
    restored:
      'Restored what you typed on this device on {{date}} and did not save. Please check it, then save.',
    discard: 'Discard it',
  },
  leave: {
    title: '{{count}} changes are not saved',
    body: 'If you leave, what you typed stays on this device and comes back when you return here; but the reviewer sees none of it until you save.',
    stay: 'Stay on this page',
    leave: 'Leave',
  },
  empty: {
    noPeriods: 'No assessment quarter has been opened yet.',
    noAssessment: 'Your branch has no assessment in this quarter.',
    noBranch: 'Your account is not linked to a branch. Please contact the district organization department.',
    frameworkBroken:
      'The assessment framework cannot be read. Please contact the district organization department.',
  },
};

export const assessmentEn: Strings<typeof assessmentZh> = { assessment: en };
