import type { Strings } from '../../shared/assessment-form/i18n';
import type { reviewZh } from './i18n';

// The English of i18n.ts: its own module, so the app fetches it only with the other English strings
// (app/i18n-en.ts).
const en: Strings<(typeof reviewZh)['review']> = {
  queue: {
    title: 'Review',
    intro:
      'Quarterly self-assessments submitted by the branches in your scope. Open one, check and adjust the scores, then approve it or return it for changes.',
    status: 'Status',
    all: 'All statuses',
    empty: 'No self-assessment of this quarter matches.',
    branch: 'Branch',
    sector: 'Sector',
    submittedAt: 'Submitted',
    late: 'Late',
    selfTotal: 'Self score',
    completeness: 'Completeness',
    action: 'Action',
    review: 'Review',
    view: 'View',
    count: '{{count}} in all',
    search: 'Branch name, pinyin or code',
  },
  detail: {
    title: 'Review: {{branch}}',
    back: 'Back to the review list',
    intro:
      'On the left, what the branch entered; on the right, what the review accepts. Change a value on the right to adjust it; the scores follow.',
    self: "Branch's value",
    official: 'Reviewed value',
    adjusted: 'Adjusted',
    resetToSelf: "Back to the branch's value",
    evidence: 'Evidence: {{text}}',
    noEvidence: 'No evidence note',
    invalidNotScored: 'The reviewed value is invalid; it is scored once corrected.',
    selfTotal: 'Self score',
    officialTotal: 'Reviewed score',
    gap: 'Gap (self − reviewed)',
    adjustedCount: '{{count}} adjusted',
    readOnly: 'This self-assessment is “{{status}}”, not awaiting review: it can only be viewed.',
    reason: 'Reason for the adjustment',
    reasonHelp: 'The branch sees this beside the indicator on its self-assessment.',
    reasonPlaceholder: 'Say why, e.g. the sign-in sheets show only 9 meetings.',
    reasonRequired: 'Please give the reason for the adjustment.',
    reasonShown: 'Reason for the adjustment: {{reason}}',
  },
  decision: {
    approve: 'Approve',
    approveTitle: 'Approve this self-assessment?',
    approveBody: "Once approved, the reviewed score is the branch's official score for the quarter.",
    approveAdjusted: 'Your {{count}} adjustments are saved with it.',
    withRectifications: 'The {{count}} confirmed rectification items are assigned to the branch with it.',
    return: 'Return for changes',
    returnTitle: 'Return to the branch for changes',
    comment: 'What to change',
    commentPlaceholder: 'Say what needs changing; the branch secretary will read this.',
    commentRequired: 'Please say what needs changing.',
    returnOk: 'Return',
    approved: 'Approved: {{branch}}.',
    returned: 'Returned: {{branch}}.',
    fixFirst: '{{count}} reviewed values have problems (marked in red). Please correct them first.',
    reasonFirst: '{{count}} adjustments have no reason (marked in red). Please give one first.',
  },
  reopen: {
    button: 'Reopen',
    title: 'Reopen an approved self-assessment',
    body: 'Reopened, the self-assessment goes back to the branch for changes and must be submitted and reviewed again; the approved result no longer counts.',
    reason: 'Reason for reopening',
    reasonRequired: 'Please give the reason for reopening.',
    ok: 'Reopen',
    done: 'Reopened: the branch can change it and submit again.',
  },
  conflict: {
    title: 'Someone else changed this self-assessment during your review',
    body: 'Your adjustments and reasons are still here. Check the indicators below, then click “Approve” or “Return for changes” again: it goes to the latest version.',
  },
  decidedElsewhere: {
    approved: 'This self-assessment was approved before your decision went through',
    returned: 'This self-assessment was returned for changes before your decision went through',
    status: 'Before your decision went through, this self-assessment became “{{status}}”',
    closed: 'The quarter was closed before your decision went through',
    byAt: 'By {{name}} on {{date}}.',
    at: 'On {{date}}.',
    by: 'By {{name}}.',
    comment: 'Comment: {{comment}}',
    body: 'Your adjustments, reasons, comment and rectification items were not saved and can no longer be sent. Below is what was saved.',
  },
  leave: {
    title: 'Unsent adjustments or comments: {{count}}',
    body: 'If you leave, your adjustments, reasons and return comment stay on this device and come back when you return here; but nothing is saved, and the branch sees none of it, until you click “Approve” or “Return for changes”.',
    bodyWithRectifications:
      'If you leave, your adjustments, reasons, return comment and confirmed rectification items stay on this device and come back when you return here; but nothing is saved, and no item reaches the branch, until you click “Approve” or “Return for changes”.',
  },
  draft: {
    restored:
      'Restored the review adjustments you made on this device on {{date}} and did not send. Please check them, then click “Approve” or “Return for changes”.',
    restoredWithRectifications:
      'Restored the review adjustments and the {{count}} confirmed rectification items you prepared on this device on {{date}} and did not send. Please check them, then click “Approve” or “Return for changes”.',
  },
};

export const reviewEn: Strings<typeof reviewZh> = { review: en };
