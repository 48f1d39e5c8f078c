export { overviewZh } from './zh-CN';
