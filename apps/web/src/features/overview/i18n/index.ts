export { overviewZh } from './zh-CN';
export { overviewEn } from './en';
