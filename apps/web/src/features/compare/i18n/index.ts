export { compareZh } from './zh-CN';
export { compareEn } from './en';
