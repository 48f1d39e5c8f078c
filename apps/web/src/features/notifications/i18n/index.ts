export { notificationsZh } from './zh-CN';
export { notificationsEn } from './en';
