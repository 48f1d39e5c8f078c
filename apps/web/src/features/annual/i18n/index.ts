export { annualZh } from './zh-CN';
