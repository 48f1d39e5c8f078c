export { adminZh } from './zh-CN';
