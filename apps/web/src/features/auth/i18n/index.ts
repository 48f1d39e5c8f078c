export { loginLimitZh } from './zh-CN';
