export { annualZh } from './zh-CN';
export { annualEn } from './en';
