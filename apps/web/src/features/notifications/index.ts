export { NotificationBell } from './components/NotificationBell';
export { RemindUnsubmittedButton } from './components/RemindUnsubmittedButton';
