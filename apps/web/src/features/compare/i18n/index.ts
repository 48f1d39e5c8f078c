export { compareZh } from './zh-CN';
