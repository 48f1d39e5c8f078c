export { rectificationZh } from './zh-CN';
