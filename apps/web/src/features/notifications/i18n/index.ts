export { notificationsZh } from './zh-CN';
