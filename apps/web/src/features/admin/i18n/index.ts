export { adminZh } from './zh-CN';
export { adminEn } from './en';
