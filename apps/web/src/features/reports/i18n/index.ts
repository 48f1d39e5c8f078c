export { reportsZh } from './zh-CN';
