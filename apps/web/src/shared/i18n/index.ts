export { initI18n, createTestI18n, resources } from './i18n';
export * from './languages';
export type { Translation } from './zh-CN';
