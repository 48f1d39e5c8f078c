export { NotificationBell } from './components/NotificationBell';
export { RemindUnsubmittedButton } from './components/RemindUnsubmittedButton';
export { ReminderLogButton } from './components/ReminderLogButton';
