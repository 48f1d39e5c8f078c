export { reportsZh } from './zh-CN';
export { reportsEn } from './en';
