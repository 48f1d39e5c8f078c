export { rectificationZh } from './zh-CN';
export { rectificationEn } from './en';
