import type { DeepStrings } from '../../../shared/i18n';
import type { rectificationZh } from './zh-CN';

export const rectificationEn: DeepStrings<typeof rectificationZh> = {
  rectification: {
    title: 'Rectification ledger',
    loadFailed: 'Could not load the rectification ledger',
    empty: 'No rectification items',
    filters: {
      status: 'Status',
      overdue: 'Overdue only',
      indicator: 'Indicator code',
      path: 'Path code',
      all: 'All',
    },
    status: { OPEN: 'Open', ANSWERED: 'Answered, awaiting check', CLOSED: 'Closed' },
    overdue: 'Overdue',
    columns: {
      branch: 'Branch',
      period: 'Quarter',
      indicator: 'Indicator',
      problem: 'Problem',
      requiredAction: 'Required action',
      deadline: 'Deadline',
      status: 'Status',
      measures: 'Measures taken',
      actions: 'Actions',
    },
    answer: {
      button: 'Answer',
      title: 'Report the measures taken',
      measures: 'Measures taken',
      evidence: 'Evidence (optional)',
      required: 'Describe the measures taken',
      done: 'Answer submitted',
    },
    verify: {
      button: 'Check',
      title: 'Check the rectification',
      accept: 'Accept and close',
      reject: 'Reject: back to the branch',
      reason: 'Reason for rejecting',
      reasonRequired: 'A rejection needs a reason',
      accepted: 'Closed',
      rejected: 'Sent back to the branch',
    },
    history: 'History',
    actions: { CREATE: 'Opened', ANSWER: 'Answered', ACCEPT: 'Closed', REJECT: 'Rejected' },
  },
};
