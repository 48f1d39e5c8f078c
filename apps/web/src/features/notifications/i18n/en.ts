import type { DeepStrings } from '../../../shared/i18n';
import type { notificationsZh } from './zh-CN';

export const notificationsEn: DeepStrings<typeof notificationsZh> = {
  notifications: {
    bell: 'Notifications',
    unread: '{{count}} unread',
    empty: 'No notifications',
    markAllRead: 'Mark all read',
    settings: {
      title: 'Notification settings',
      email: 'E-mail for notifications',
      emailNotifications: 'Send notifications by e-mail',
      invalidEmail: 'Enter a valid e-mail address, such as name@example.org',
      mailOff: 'This server has no mail set up yet: notifications show in the app only.',
      save: 'Save',
      saved: 'Notification settings saved',
    },
    loadFailed: 'Could not load notifications',
    kinds: {
      PERIOD_OPENED: 'A new quarter is open for assessment',
      PERIOD_CLOSED: 'A quarter is closed',
      DEADLINE_APPROACHING: 'The submission deadline is near',
      DEADLINE_PASSED: 'The deadline has passed and nothing was submitted',
      SUBMISSION_REMINDER: 'Reminder from the committee: please submit the quarterly assessment',
      ASSESSMENT_RETURNED: 'Your assessment was returned: revise and resubmit',
      ASSESSMENT_APPROVED: 'Your assessment was approved',
      RECTIFICATION_ASSIGNED: 'New rectification item',
      RECTIFICATION_ANSWERED: 'A branch answered a rectification item',
      RECTIFICATION_DUE: 'A rectification deadline is near',
      RECTIFICATION_OVERDUE: 'A rectification item is overdue',
      RECTIFICATION_VERIFIED: 'Rectification accepted and closed',
      RECTIFICATION_REJECTED: 'Rectification answer rejected: keep working on it',
      VALUES_IMPORTED: 'The committee imported values into your quarter: please check them',
    },
    periodClosed: {
      final: "{{period}} is closed: your branch's assessment for it can no longer be edited.",
      APPROVED: 'Its approved result is your result for the quarter.',
      SUBMITTED:
        'It was submitted but not reviewed before the close: your branch has no result for the quarter.',
      RETURNED: 'It was returned and not resubmitted: your branch has no result for the quarter.',
      DRAFT: 'Your branch did not submit it: it has no result for the quarter.',
    },
    reason: 'Reason: {{reason}}',
    importedValues: 'This import changed {{count}} values',
    remind: {
      log: 'Reminders sent',
      noLog: 'No reminders this quarter',
      branch: 'Branch',
      at: 'Reminded at',
      button: 'Remind all',
      confirm:
        'Remind every branch in scope that has not submitted {{period}}? (at most once per branch per day)',
      done: 'Reminded {{count}} branches',
      already: '{{count}} branches were already reminded today',
      none: 'Every branch has submitted: nobody to remind',
    },
  },
};
